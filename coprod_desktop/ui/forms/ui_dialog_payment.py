# -*- coding: utf-8 -*-


from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QAbstractButton, QApplication, QCheckBox, QComboBox,
    QDialog, QDialogButtonBox, QFormLayout, QGroupBox,
    QLabel, QLineEdit, QSizePolicy, QVBoxLayout,
    QWidget)

from coprod_desktop.ui.widgets.date_field import DateField

class Ui_PaymentDialog(object):
    def setupUi(self, PaymentDialog):
        if not PaymentDialog.objectName():
            PaymentDialog.setObjectName(u"PaymentDialog")
        PaymentDialog.resize(560, 480)
        self.mainLayout = QVBoxLayout(PaymentDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.summary = QLabel(PaymentDialog)
        self.summary.setObjectName(u"summary")
        self.summary.setWordWrap(True)
        self.summary.setTextInteractionFlags(Qt.TextSelectableByMouse)

        self.mainLayout.addWidget(self.summary)

        self.paymentBox = QGroupBox(PaymentDialog)
        self.paymentBox.setObjectName(u"paymentBox")
        self.paymentBoxForm = QFormLayout(self.paymentBox)
        self.paymentBoxForm.setObjectName(u"paymentBoxForm")
        self.paymentBoxForm.setFieldGrowthPolicy(QFormLayout.AllNonFixedFieldsGrow)
        self.paymentBoxForm.setRowWrapPolicy(QFormLayout.WrapLongRows)
        self.dateLabel = QLabel(self.paymentBox)
        self.dateLabel.setObjectName(u"dateLabel")
        self.dateLabel.setWordWrap(True)

        self.paymentBoxForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.dateLabel)

        self.dateCell = QVBoxLayout()
        self.dateCell.setSpacing(2)
        self.dateCell.setObjectName(u"dateCell")
        self.date = DateField(self.paymentBox)
        self.date.setObjectName(u"date")
        self.date.setCalendarPopup(True)

        self.dateCell.addWidget(self.date)

        self.dateError = QLabel(self.paymentBox)
        self.dateError.setObjectName(u"dateError")
        self.dateError.setWordWrap(True)

        self.dateCell.addWidget(self.dateError)


        self.paymentBoxForm.setLayout(0, QFormLayout.ItemRole.FieldRole, self.dateCell)

        self.amountLabel = QLabel(self.paymentBox)
        self.amountLabel.setObjectName(u"amountLabel")
        self.amountLabel.setWordWrap(True)

        self.paymentBoxForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.amountLabel)

        self.amountCell = QVBoxLayout()
        self.amountCell.setSpacing(2)
        self.amountCell.setObjectName(u"amountCell")
        self.amount = QLineEdit(self.paymentBox)
        self.amount.setObjectName(u"amount")

        self.amountCell.addWidget(self.amount)

        self.amountError = QLabel(self.paymentBox)
        self.amountError.setObjectName(u"amountError")
        self.amountError.setWordWrap(True)

        self.amountCell.addWidget(self.amountError)


        self.paymentBoxForm.setLayout(1, QFormLayout.ItemRole.FieldRole, self.amountCell)

        self.methodLabel = QLabel(self.paymentBox)
        self.methodLabel.setObjectName(u"methodLabel")
        self.methodLabel.setWordWrap(True)

        self.paymentBoxForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.methodLabel)

        self.methodCell = QVBoxLayout()
        self.methodCell.setSpacing(2)
        self.methodCell.setObjectName(u"methodCell")
        self.method = QComboBox(self.paymentBox)
        self.method.setObjectName(u"method")

        self.methodCell.addWidget(self.method)


        self.paymentBoxForm.setLayout(2, QFormLayout.ItemRole.FieldRole, self.methodCell)

        self.referenceLabel = QLabel(self.paymentBox)
        self.referenceLabel.setObjectName(u"referenceLabel")
        self.referenceLabel.setWordWrap(True)

        self.paymentBoxForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.referenceLabel)

        self.referenceCell = QVBoxLayout()
        self.referenceCell.setSpacing(2)
        self.referenceCell.setObjectName(u"referenceCell")
        self.reference = QLineEdit(self.paymentBox)
        self.reference.setObjectName(u"reference")

        self.referenceCell.addWidget(self.reference)

        self.referenceError = QLabel(self.paymentBox)
        self.referenceError.setObjectName(u"referenceError")
        self.referenceError.setWordWrap(True)

        self.referenceCell.addWidget(self.referenceError)


        self.paymentBoxForm.setLayout(3, QFormLayout.ItemRole.FieldRole, self.referenceCell)

        self.splitGivenCell = QVBoxLayout()
        self.splitGivenCell.setObjectName(u"splitGivenCell")
        self.splitGiven = QCheckBox(self.paymentBox)
        self.splitGiven.setObjectName(u"splitGiven")

        self.splitGivenCell.addWidget(self.splitGiven)


        self.paymentBoxForm.setLayout(4, QFormLayout.ItemRole.SpanningRole, self.splitGivenCell)

        self.feePartLabel = QLabel(self.paymentBox)
        self.feePartLabel.setObjectName(u"feePartLabel")
        self.feePartLabel.setWordWrap(True)

        self.paymentBoxForm.setWidget(5, QFormLayout.ItemRole.LabelRole, self.feePartLabel)

        self.feePartCell = QVBoxLayout()
        self.feePartCell.setSpacing(2)
        self.feePartCell.setObjectName(u"feePartCell")
        self.feePart = QLineEdit(self.paymentBox)
        self.feePart.setObjectName(u"feePart")

        self.feePartCell.addWidget(self.feePart)

        self.feePartHint = QLabel(self.paymentBox)
        self.feePartHint.setObjectName(u"feePartHint")
        self.feePartHint.setWordWrap(True)

        self.feePartCell.addWidget(self.feePartHint)

        self.feePartError = QLabel(self.paymentBox)
        self.feePartError.setObjectName(u"feePartError")
        self.feePartError.setWordWrap(True)

        self.feePartCell.addWidget(self.feePartError)


        self.paymentBoxForm.setLayout(5, QFormLayout.ItemRole.FieldRole, self.feePartCell)


        self.mainLayout.addWidget(self.paymentBox)

        self.formError = QLabel(PaymentDialog)
        self.formError.setObjectName(u"formError")
        self.formError.setWordWrap(True)

        self.mainLayout.addWidget(self.formError)

        self.saveHint = QLabel(PaymentDialog)
        self.saveHint.setObjectName(u"saveHint")
        self.saveHint.setWordWrap(True)

        self.mainLayout.addWidget(self.saveHint)

        self.buttonBox = QDialogButtonBox(PaymentDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Save)

        self.mainLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.dateLabel.setBuddy(self.date)
        self.amountLabel.setBuddy(self.amount)
        self.methodLabel.setBuddy(self.method)
        self.referenceLabel.setBuddy(self.reference)
        self.feePartLabel.setBuddy(self.feePart)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.date, self.amount)
        QWidget.setTabOrder(self.amount, self.method)
        QWidget.setTabOrder(self.method, self.reference)
        QWidget.setTabOrder(self.reference, self.splitGiven)
        QWidget.setTabOrder(self.splitGiven, self.feePart)

        self.retranslateUi(PaymentDialog)

        QMetaObject.connectSlotsByName(PaymentDialog)
    # setupUi

    def retranslateUi(self, PaymentDialog):
        PaymentDialog.setWindowTitle(QCoreApplication.translate("PaymentDialog", u"Record a payment", None))
        self.summary.setText("")
#if QT_CONFIG(accessibility)
        self.summary.setAccessibleName(QCoreApplication.translate("PaymentDialog", u"Claim summary", None))
#endif // QT_CONFIG(accessibility)
        self.paymentBox.setTitle(QCoreApplication.translate("PaymentDialog", u"Money received", None))
        self.dateLabel.setText(QCoreApplication.translate("PaymentDialog", u"&Date received:", None))
#if QT_CONFIG(accessibility)
        self.date.setAccessibleName(QCoreApplication.translate("PaymentDialog", u"Date received", None))
#endif // QT_CONFIG(accessibility)
        self.date.setDisplayFormat(QCoreApplication.translate("PaymentDialog", u"dd/MM/yyyy", None))
        self.dateError.setText("")
#if QT_CONFIG(accessibility)
        self.dateError.setAccessibleName("")
#endif // QT_CONFIG(accessibility)
        self.amountLabel.setText(QCoreApplication.translate("PaymentDialog", u"&Amount received (\u00a3):", None))
#if QT_CONFIG(accessibility)
        self.amount.setAccessibleName(QCoreApplication.translate("PaymentDialog", u"Amount received in pounds", None))
#endif // QT_CONFIG(accessibility)
        self.amountError.setText("")
#if QT_CONFIG(accessibility)
        self.amountError.setAccessibleName("")
#endif // QT_CONFIG(accessibility)
        self.methodLabel.setText(QCoreApplication.translate("PaymentDialog", u"&How it was paid:", None))
#if QT_CONFIG(accessibility)
        self.method.setAccessibleName(QCoreApplication.translate("PaymentDialog", u"Payment method", None))
#endif // QT_CONFIG(accessibility)
        self.referenceLabel.setText(QCoreApplication.translate("PaymentDialog", u"&Reference:", None))
        self.reference.setPlaceholderText(QCoreApplication.translate("PaymentDialog", u"As shown on the bank statement", None))
#if QT_CONFIG(accessibility)
        self.reference.setAccessibleName(QCoreApplication.translate("PaymentDialog", u"Reference", None))
#endif // QT_CONFIG(accessibility)
        self.referenceError.setText("")
#if QT_CONFIG(accessibility)
        self.referenceError.setAccessibleName("")
#endif // QT_CONFIG(accessibility)
        self.splitGiven.setText(QCoreApplication.translate("PaymentDialog", u"&The organisation said how much of it was the fee", None))
#if QT_CONFIG(accessibility)
        self.splitGiven.setAccessibleName(QCoreApplication.translate("PaymentDialog", u"The organisation said how much of it was the fee", None))
#endif // QT_CONFIG(accessibility)
        self.feePartLabel.setText(QCoreApplication.translate("PaymentDialog", u"&Of which fee (\u00a3):", None))
#if QT_CONFIG(accessibility)
        self.feePart.setAccessibleName(QCoreApplication.translate("PaymentDialog", u"Fee part in pounds", None))
#endif // QT_CONFIG(accessibility)
        self.feePartHint.setText(QCoreApplication.translate("PaymentDialog", u"The rest counts as expenses. Without a split, a payment settles fees first.", None))
        self.feePartError.setText("")
#if QT_CONFIG(accessibility)
        self.feePartError.setAccessibleName("")
#endif // QT_CONFIG(accessibility)
        self.formError.setText("")
#if QT_CONFIG(accessibility)
        self.formError.setAccessibleName("")
#endif // QT_CONFIG(accessibility)
        self.saveHint.setText("")
#if QT_CONFIG(accessibility)
        self.saveHint.setAccessibleName("")
#endif // QT_CONFIG(accessibility)
    # retranslateUi
