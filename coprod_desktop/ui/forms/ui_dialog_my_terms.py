# -*- coding: utf-8 -*-


from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QAbstractButton, QApplication, QCheckBox, QComboBox,
    QDialog, QDialogButtonBox, QFormLayout, QFrame,
    QHBoxLayout, QLabel, QLineEdit, QPlainTextEdit,
    QScrollArea, QSizePolicy, QSpacerItem, QSpinBox,
    QVBoxLayout, QWidget)

class Ui_MyTermsDialog(object):
    def setupUi(self, MyTermsDialog):
        if not MyTermsDialog.objectName():
            MyTermsDialog.setObjectName(u"MyTermsDialog")
        MyTermsDialog.resize(640, 700)
        self.mainLayout = QVBoxLayout(MyTermsDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.scrollArea = QScrollArea(MyTermsDialog)
        self.scrollArea.setObjectName(u"scrollArea")
        self.scrollArea.setWidgetResizable(True)
        self.scrollArea.setFrameShape(QFrame.NoFrame)
        self.scrollArea.setFocusPolicy(Qt.NoFocus)
        self.scrollContents = QWidget()
        self.scrollContents.setObjectName(u"scrollContents")
        self.contentsLayout = QVBoxLayout(self.scrollContents)
        self.contentsLayout.setObjectName(u"contentsLayout")
        self.intro = QLabel(self.scrollContents)
        self.intro.setObjectName(u"intro")
        self.intro.setWordWrap(True)

        self.contentsLayout.addWidget(self.intro)

        self.termsForm = QFormLayout()
        self.termsForm.setObjectName(u"termsForm")
        self.termsForm.setFieldGrowthPolicy(QFormLayout.AllNonFixedFieldsGrow)
        self.termsForm.setRowWrapPolicy(QFormLayout.WrapLongRows)
        self.basisLabel = QLabel(self.scrollContents)
        self.basisLabel.setObjectName(u"basisLabel")
        self.basisLabel.setWordWrap(True)

        self.termsForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.basisLabel)

        self.basisCell = QVBoxLayout()
        self.basisCell.setSpacing(2)
        self.basisCell.setObjectName(u"basisCell")
        self.basis = QComboBox(self.scrollContents)
        self.basis.setObjectName(u"basis")

        self.basisCell.addWidget(self.basis)

        self.basisError = QLabel(self.scrollContents)
        self.basisError.setObjectName(u"basisError")
        self.basisError.setWordWrap(True)

        self.basisCell.addWidget(self.basisError)


        self.termsForm.setLayout(0, QFormLayout.ItemRole.FieldRole, self.basisCell)

        self.rateLabel = QLabel(self.scrollContents)
        self.rateLabel.setObjectName(u"rateLabel")
        self.rateLabel.setWordWrap(True)

        self.termsForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.rateLabel)

        self.rateCell = QVBoxLayout()
        self.rateCell.setSpacing(2)
        self.rateCell.setObjectName(u"rateCell")
        self.rate = QLineEdit(self.scrollContents)
        self.rate.setObjectName(u"rate")

        self.rateCell.addWidget(self.rate)

        self.rateError = QLabel(self.scrollContents)
        self.rateError.setObjectName(u"rateError")
        self.rateError.setWordWrap(True)

        self.rateCell.addWidget(self.rateError)


        self.termsForm.setLayout(1, QFormLayout.ItemRole.FieldRole, self.rateCell)

        self.payableLabel = QLabel(self.scrollContents)
        self.payableLabel.setObjectName(u"payableLabel")
        self.payableLabel.setWordWrap(True)

        self.termsForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.payableLabel)

        self.payableCell = QVBoxLayout()
        self.payableCell.setSpacing(2)
        self.payableCell.setObjectName(u"payableCell")
        self.payableBoxes = QHBoxLayout()
        self.payableBoxes.setObjectName(u"payableBoxes")
        self.prepPaid = QCheckBox(self.scrollContents)
        self.prepPaid.setObjectName(u"prepPaid")

        self.payableBoxes.addWidget(self.prepPaid)

        self.contactPaid = QCheckBox(self.scrollContents)
        self.contactPaid.setObjectName(u"contactPaid")

        self.payableBoxes.addWidget(self.contactPaid)

        self.travelPaid = QCheckBox(self.scrollContents)
        self.travelPaid.setObjectName(u"travelPaid")

        self.payableBoxes.addWidget(self.travelPaid)

        self.followupPaid = QCheckBox(self.scrollContents)
        self.followupPaid.setObjectName(u"followupPaid")

        self.payableBoxes.addWidget(self.followupPaid)

        self.payableSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.payableBoxes.addItem(self.payableSpacer)


        self.payableCell.addLayout(self.payableBoxes)

        self.payableError = QLabel(self.scrollContents)
        self.payableError.setObjectName(u"payableError")
        self.payableError.setWordWrap(True)

        self.payableCell.addWidget(self.payableError)


        self.termsForm.setLayout(2, QFormLayout.ItemRole.FieldRole, self.payableCell)

        self.expensesWhenLabel = QLabel(self.scrollContents)
        self.expensesWhenLabel.setObjectName(u"expensesWhenLabel")
        self.expensesWhenLabel.setWordWrap(True)

        self.termsForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.expensesWhenLabel)

        self.expensesWhenCell = QVBoxLayout()
        self.expensesWhenCell.setSpacing(2)
        self.expensesWhenCell.setObjectName(u"expensesWhenCell")
        self.expensesWhen = QComboBox(self.scrollContents)
        self.expensesWhen.setObjectName(u"expensesWhen")

        self.expensesWhenCell.addWidget(self.expensesWhen)

        self.expensesWhenError = QLabel(self.scrollContents)
        self.expensesWhenError.setObjectName(u"expensesWhenError")
        self.expensesWhenError.setWordWrap(True)

        self.expensesWhenCell.addWidget(self.expensesWhenError)


        self.termsForm.setLayout(3, QFormLayout.ItemRole.FieldRole, self.expensesWhenCell)

        self.expensesDaysLabel = QLabel(self.scrollContents)
        self.expensesDaysLabel.setObjectName(u"expensesDaysLabel")
        self.expensesDaysLabel.setWordWrap(True)

        self.termsForm.setWidget(4, QFormLayout.ItemRole.LabelRole, self.expensesDaysLabel)

        self.expensesDaysCell = QVBoxLayout()
        self.expensesDaysCell.setSpacing(2)
        self.expensesDaysCell.setObjectName(u"expensesDaysCell")
        self.expensesDays = QSpinBox(self.scrollContents)
        self.expensesDays.setObjectName(u"expensesDays")
        self.expensesDays.setMinimum(0)
        self.expensesDays.setMaximum(365)

        self.expensesDaysCell.addWidget(self.expensesDays)

        self.expensesDaysError = QLabel(self.scrollContents)
        self.expensesDaysError.setObjectName(u"expensesDaysError")
        self.expensesDaysError.setWordWrap(True)

        self.expensesDaysCell.addWidget(self.expensesDaysError)


        self.termsForm.setLayout(4, QFormLayout.ItemRole.FieldRole, self.expensesDaysCell)

        self.daysToPayLabel = QLabel(self.scrollContents)
        self.daysToPayLabel.setObjectName(u"daysToPayLabel")
        self.daysToPayLabel.setWordWrap(True)

        self.termsForm.setWidget(5, QFormLayout.ItemRole.LabelRole, self.daysToPayLabel)

        self.daysToPayCell = QVBoxLayout()
        self.daysToPayCell.setSpacing(2)
        self.daysToPayCell.setObjectName(u"daysToPayCell")
        self.daysToPay = QSpinBox(self.scrollContents)
        self.daysToPay.setObjectName(u"daysToPay")
        self.daysToPay.setMinimum(0)
        self.daysToPay.setMaximum(365)

        self.daysToPayCell.addWidget(self.daysToPay)

        self.daysToPayError = QLabel(self.scrollContents)
        self.daysToPayError.setObjectName(u"daysToPayError")
        self.daysToPayError.setWordWrap(True)

        self.daysToPayCell.addWidget(self.daysToPayError)


        self.termsForm.setLayout(5, QFormLayout.ItemRole.FieldRole, self.daysToPayCell)

        self.accessNeedsLabel = QLabel(self.scrollContents)
        self.accessNeedsLabel.setObjectName(u"accessNeedsLabel")
        self.accessNeedsLabel.setWordWrap(True)

        self.termsForm.setWidget(6, QFormLayout.ItemRole.LabelRole, self.accessNeedsLabel)

        self.accessNeedsCell = QVBoxLayout()
        self.accessNeedsCell.setSpacing(2)
        self.accessNeedsCell.setObjectName(u"accessNeedsCell")
        self.accessNeeds = QPlainTextEdit(self.scrollContents)
        self.accessNeeds.setObjectName(u"accessNeeds")
        self.accessNeeds.setTabChangesFocus(True)

        self.accessNeedsCell.addWidget(self.accessNeeds)

        self.accessNeedsError = QLabel(self.scrollContents)
        self.accessNeedsError.setObjectName(u"accessNeedsError")
        self.accessNeedsError.setWordWrap(True)

        self.accessNeedsCell.addWidget(self.accessNeedsError)


        self.termsForm.setLayout(6, QFormLayout.ItemRole.FieldRole, self.accessNeedsCell)

        self.noticeLabel = QLabel(self.scrollContents)
        self.noticeLabel.setObjectName(u"noticeLabel")
        self.noticeLabel.setWordWrap(True)

        self.termsForm.setWidget(7, QFormLayout.ItemRole.LabelRole, self.noticeLabel)

        self.noticeCell = QVBoxLayout()
        self.noticeCell.setSpacing(2)
        self.noticeCell.setObjectName(u"noticeCell")
        self.notice = QPlainTextEdit(self.scrollContents)
        self.notice.setObjectName(u"notice")
        self.notice.setTabChangesFocus(True)

        self.noticeCell.addWidget(self.notice)

        self.noticeError = QLabel(self.scrollContents)
        self.noticeError.setObjectName(u"noticeError")
        self.noticeError.setWordWrap(True)

        self.noticeCell.addWidget(self.noticeError)


        self.termsForm.setLayout(7, QFormLayout.ItemRole.FieldRole, self.noticeCell)

        self.recognitionLabel = QLabel(self.scrollContents)
        self.recognitionLabel.setObjectName(u"recognitionLabel")
        self.recognitionLabel.setWordWrap(True)

        self.termsForm.setWidget(8, QFormLayout.ItemRole.LabelRole, self.recognitionLabel)

        self.recognitionCell = QVBoxLayout()
        self.recognitionCell.setSpacing(2)
        self.recognitionCell.setObjectName(u"recognitionCell")
        self.recognition = QPlainTextEdit(self.scrollContents)
        self.recognition.setObjectName(u"recognition")
        self.recognition.setTabChangesFocus(True)

        self.recognitionCell.addWidget(self.recognition)

        self.recognitionError = QLabel(self.scrollContents)
        self.recognitionError.setObjectName(u"recognitionError")
        self.recognitionError.setWordWrap(True)

        self.recognitionCell.addWidget(self.recognitionError)


        self.termsForm.setLayout(8, QFormLayout.ItemRole.FieldRole, self.recognitionCell)

        self.ownershipLabel = QLabel(self.scrollContents)
        self.ownershipLabel.setObjectName(u"ownershipLabel")
        self.ownershipLabel.setWordWrap(True)

        self.termsForm.setWidget(9, QFormLayout.ItemRole.LabelRole, self.ownershipLabel)

        self.ownershipCell = QVBoxLayout()
        self.ownershipCell.setSpacing(2)
        self.ownershipCell.setObjectName(u"ownershipCell")
        self.ownership = QPlainTextEdit(self.scrollContents)
        self.ownership.setObjectName(u"ownership")
        self.ownership.setTabChangesFocus(True)

        self.ownershipCell.addWidget(self.ownership)

        self.ownershipError = QLabel(self.scrollContents)
        self.ownershipError.setObjectName(u"ownershipError")
        self.ownershipError.setWordWrap(True)

        self.ownershipCell.addWidget(self.ownershipError)


        self.termsForm.setLayout(9, QFormLayout.ItemRole.FieldRole, self.ownershipCell)

        self.noteLabel = QLabel(self.scrollContents)
        self.noteLabel.setObjectName(u"noteLabel")
        self.noteLabel.setWordWrap(True)

        self.termsForm.setWidget(10, QFormLayout.ItemRole.LabelRole, self.noteLabel)

        self.noteCell = QVBoxLayout()
        self.noteCell.setSpacing(2)
        self.noteCell.setObjectName(u"noteCell")
        self.note = QPlainTextEdit(self.scrollContents)
        self.note.setObjectName(u"note")
        self.note.setTabChangesFocus(True)

        self.noteCell.addWidget(self.note)

        self.noteError = QLabel(self.scrollContents)
        self.noteError.setObjectName(u"noteError")
        self.noteError.setWordWrap(True)

        self.noteCell.addWidget(self.noteError)


        self.termsForm.setLayout(10, QFormLayout.ItemRole.FieldRole, self.noteCell)


        self.contentsLayout.addLayout(self.termsForm)

        self.contentsSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.contentsLayout.addItem(self.contentsSpacer)

        self.scrollArea.setWidget(self.scrollContents)

        self.mainLayout.addWidget(self.scrollArea)

        self.formError = QLabel(MyTermsDialog)
        self.formError.setObjectName(u"formError")
        self.formError.setWordWrap(True)

        self.mainLayout.addWidget(self.formError)

        self.saveHint = QLabel(MyTermsDialog)
        self.saveHint.setObjectName(u"saveHint")
        self.saveHint.setWordWrap(True)

        self.mainLayout.addWidget(self.saveHint)

        self.buttonBox = QDialogButtonBox(MyTermsDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Save)

        self.mainLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.basisLabel.setBuddy(self.basis)
        self.rateLabel.setBuddy(self.rate)
        self.payableLabel.setBuddy(self.prepPaid)
        self.expensesWhenLabel.setBuddy(self.expensesWhen)
        self.expensesDaysLabel.setBuddy(self.expensesDays)
        self.daysToPayLabel.setBuddy(self.daysToPay)
        self.accessNeedsLabel.setBuddy(self.accessNeeds)
        self.noticeLabel.setBuddy(self.notice)
        self.recognitionLabel.setBuddy(self.recognition)
        self.ownershipLabel.setBuddy(self.ownership)
        self.noteLabel.setBuddy(self.note)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.basis, self.rate)
        QWidget.setTabOrder(self.rate, self.prepPaid)
        QWidget.setTabOrder(self.prepPaid, self.contactPaid)
        QWidget.setTabOrder(self.contactPaid, self.travelPaid)
        QWidget.setTabOrder(self.travelPaid, self.followupPaid)
        QWidget.setTabOrder(self.followupPaid, self.expensesWhen)
        QWidget.setTabOrder(self.expensesWhen, self.expensesDays)
        QWidget.setTabOrder(self.expensesDays, self.daysToPay)
        QWidget.setTabOrder(self.daysToPay, self.accessNeeds)
        QWidget.setTabOrder(self.accessNeeds, self.notice)
        QWidget.setTabOrder(self.notice, self.recognition)
        QWidget.setTabOrder(self.recognition, self.ownership)
        QWidget.setTabOrder(self.ownership, self.note)

        self.retranslateUi(MyTermsDialog)

        QMetaObject.connectSlotsByName(MyTermsDialog)
    # setupUi

    def retranslateUi(self, MyTermsDialog):
        MyTermsDialog.setWindowTitle(QCoreApplication.translate("MyTermsDialog", u"My terms of involvement", None))
        self.intro.setText(QCoreApplication.translate("MyTermsDialog", u"Your own terms: what you expect before work starts. You propose them; the organisation answers. They go into the \u201cMy terms of involvement\u201d PDF.", None))
#if QT_CONFIG(accessibility)
        self.intro.setAccessibleName(QCoreApplication.translate("MyTermsDialog", u"About your terms", None))
#endif // QT_CONFIG(accessibility)
        self.basisLabel.setText(QCoreApplication.translate("MyTermsDialog", u"How you expect to be &paid:", None))
#if QT_CONFIG(accessibility)
        self.basis.setAccessibleName(QCoreApplication.translate("MyTermsDialog", u"How you expect to be paid", None))
#endif // QT_CONFIG(accessibility)
        self.basisError.setText("")
#if QT_CONFIG(accessibility)
        self.basisError.setAccessibleName("")
#endif // QT_CONFIG(accessibility)
        self.rateLabel.setText(QCoreApplication.translate("MyTermsDialog", u"&Rate you expect (\u00a3):", None))
        self.rate.setPlaceholderText(QCoreApplication.translate("MyTermsDialog", u"For example 25.00", None))
#if QT_CONFIG(accessibility)
        self.rate.setAccessibleName(QCoreApplication.translate("MyTermsDialog", u"Rate you expect", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.rate.setAccessibleDescription(QCoreApplication.translate("MyTermsDialog", u"Per hour, session or day, as the payment basis says", None))
#endif // QT_CONFIG(accessibility)
        self.rateError.setText("")
#if QT_CONFIG(accessibility)
        self.rateError.setAccessibleName("")
#endif // QT_CONFIG(accessibility)
        self.payableLabel.setText(QCoreApplication.translate("MyTermsDialog", u"&Time that is paid:", None))
        self.prepPaid.setText(QCoreApplication.translate("MyTermsDialog", u"Preparation", None))
#if QT_CONFIG(accessibility)
        self.prepPaid.setAccessibleName(QCoreApplication.translate("MyTermsDialog", u"Preparation time is paid", None))
#endif // QT_CONFIG(accessibility)
        self.contactPaid.setText(QCoreApplication.translate("MyTermsDialog", u"Contact", None))
#if QT_CONFIG(accessibility)
        self.contactPaid.setAccessibleName(QCoreApplication.translate("MyTermsDialog", u"Contact time is paid", None))
#endif // QT_CONFIG(accessibility)
        self.travelPaid.setText(QCoreApplication.translate("MyTermsDialog", u"Travel", None))
#if QT_CONFIG(accessibility)
        self.travelPaid.setAccessibleName(QCoreApplication.translate("MyTermsDialog", u"Travel time is paid", None))
#endif // QT_CONFIG(accessibility)
        self.followupPaid.setText(QCoreApplication.translate("MyTermsDialog", u"Follow-up", None))
#if QT_CONFIG(accessibility)
        self.followupPaid.setAccessibleName(QCoreApplication.translate("MyTermsDialog", u"Follow-up time is paid", None))
#endif // QT_CONFIG(accessibility)
        self.payableError.setText("")
#if QT_CONFIG(accessibility)
        self.payableError.setAccessibleName("")
#endif // QT_CONFIG(accessibility)
        self.expensesWhenLabel.setText(QCoreApplication.translate("MyTermsDialog", u"E&xpenses:", None))
#if QT_CONFIG(accessibility)
        self.expensesWhen.setAccessibleName(QCoreApplication.translate("MyTermsDialog", u"When expenses are paid", None))
#endif // QT_CONFIG(accessibility)
        self.expensesWhenError.setText("")
#if QT_CONFIG(accessibility)
        self.expensesWhenError.setAccessibleName("")
#endif // QT_CONFIG(accessibility)
        self.expensesDaysLabel.setText(QCoreApplication.translate("MyTermsDialog", u"Expenses paid &within:", None))
        self.expensesDays.setSuffix(QCoreApplication.translate("MyTermsDialog", u" days of my claim", None))
#if QT_CONFIG(accessibility)
        self.expensesDays.setAccessibleName(QCoreApplication.translate("MyTermsDialog", u"Days to pay expenses", None))
#endif // QT_CONFIG(accessibility)
        self.expensesDaysError.setText("")
#if QT_CONFIG(accessibility)
        self.expensesDaysError.setAccessibleName("")
#endif // QT_CONFIG(accessibility)
        self.daysToPayLabel.setText(QCoreApplication.translate("MyTermsDialog", u"Fees paid wit&hin:", None))
        self.daysToPay.setSuffix(QCoreApplication.translate("MyTermsDialog", u" days of my claim", None))
#if QT_CONFIG(accessibility)
        self.daysToPay.setAccessibleName(QCoreApplication.translate("MyTermsDialog", u"Days to pay fees", None))
#endif // QT_CONFIG(accessibility)
        self.daysToPayError.setText("")
#if QT_CONFIG(accessibility)
        self.daysToPayError.setAccessibleName("")
#endif // QT_CONFIG(accessibility)
        self.accessNeedsLabel.setText(QCoreApplication.translate("MyTermsDialog", u"&Access needs:", None))
#if QT_CONFIG(accessibility)
        self.accessNeeds.setAccessibleName(QCoreApplication.translate("MyTermsDialog", u"Access needs", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.accessNeeds.setAccessibleDescription(QCoreApplication.translate("MyTermsDialog", u"What you need to take part; starts from your profile", None))
#endif // QT_CONFIG(accessibility)
        self.accessNeedsError.setText("")
#if QT_CONFIG(accessibility)
        self.accessNeedsError.setAccessibleName("")
#endif // QT_CONFIG(accessibility)
        self.noticeLabel.setText(QCoreApplication.translate("MyTermsDialog", u"&Notice and cancellation:", None))
#if QT_CONFIG(accessibility)
        self.notice.setAccessibleName(QCoreApplication.translate("MyTermsDialog", u"Notice and cancellation", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.notice.setAccessibleDescription(QCoreApplication.translate("MyTermsDialog", u"Notice you need, and what happens if a session is cancelled", None))
#endif // QT_CONFIG(accessibility)
        self.noticeError.setText("")
#if QT_CONFIG(accessibility)
        self.noticeError.setAccessibleName("")
#endif // QT_CONFIG(accessibility)
        self.recognitionLabel.setText(QCoreApplication.translate("MyTermsDialog", u"Re&cognition:", None))
#if QT_CONFIG(accessibility)
        self.recognition.setAccessibleName(QCoreApplication.translate("MyTermsDialog", u"Recognition", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.recognition.setAccessibleDescription(QCoreApplication.translate("MyTermsDialog", u"How you want your contribution recognised", None))
#endif // QT_CONFIG(accessibility)
        self.recognitionError.setText("")
#if QT_CONFIG(accessibility)
        self.recognitionError.setAccessibleName("")
#endif // QT_CONFIG(accessibility)
        self.ownershipLabel.setText(QCoreApplication.translate("MyTermsDialog", u"&Ownership of what you contribute:", None))
#if QT_CONFIG(accessibility)
        self.ownership.setAccessibleName(QCoreApplication.translate("MyTermsDialog", u"Ownership of what you contribute", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.ownership.setAccessibleDescription(QCoreApplication.translate("MyTermsDialog", u"Who owns what you contribute, and how it may be used", None))
#endif // QT_CONFIG(accessibility)
        self.ownershipError.setText("")
#if QT_CONFIG(accessibility)
        self.ownershipError.setAccessibleName("")
#endif // QT_CONFIG(accessibility)
        self.noteLabel.setText(QCoreApplication.translate("MyTermsDialog", u"A n&ote:", None))
#if QT_CONFIG(accessibility)
        self.note.setAccessibleName(QCoreApplication.translate("MyTermsDialog", u"Note", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.note.setAccessibleDescription(QCoreApplication.translate("MyTermsDialog", u"Anything else the organisation should know", None))
#endif // QT_CONFIG(accessibility)
        self.noteError.setText("")
#if QT_CONFIG(accessibility)
        self.noteError.setAccessibleName("")
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
