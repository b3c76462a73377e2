# -*- coding: utf-8 -*-


from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QAbstractButton, QAbstractItemView, QApplication, QComboBox,
    QDialog, QDialogButtonBox, QFormLayout, QGroupBox,
    QHBoxLayout, QHeaderView, QLabel, QPushButton,
    QSizePolicy, QSpacerItem, QTableWidget, QTableWidgetItem,
    QVBoxLayout, QWidget)

from coprod_desktop.ui.widgets.date_field import DateField

class Ui_ClaimBuilderDialog(object):
    def setupUi(self, ClaimBuilderDialog):
        if not ClaimBuilderDialog.objectName():
            ClaimBuilderDialog.setObjectName(u"ClaimBuilderDialog")
        ClaimBuilderDialog.resize(760, 700)
        self.mainLayout = QVBoxLayout(ClaimBuilderDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.periodBox = QGroupBox(ClaimBuilderDialog)
        self.periodBox.setObjectName(u"periodBox")
        self.periodBoxForm = QFormLayout(self.periodBox)
        self.periodBoxForm.setObjectName(u"periodBoxForm")
        self.periodBoxForm.setFieldGrowthPolicy(QFormLayout.AllNonFixedFieldsGrow)
        self.periodBoxForm.setRowWrapPolicy(QFormLayout.WrapLongRows)
        self.organisationLabel = QLabel(self.periodBox)
        self.organisationLabel.setObjectName(u"organisationLabel")
        self.organisationLabel.setWordWrap(True)

        self.periodBoxForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.organisationLabel)

        self.organisationCell = QVBoxLayout()
        self.organisationCell.setSpacing(2)
        self.organisationCell.setObjectName(u"organisationCell")
        self.organisation = QComboBox(self.periodBox)
        self.organisation.setObjectName(u"organisation")

        self.organisationCell.addWidget(self.organisation)

        self.organisationError = QLabel(self.periodBox)
        self.organisationError.setObjectName(u"organisationError")
        self.organisationError.setWordWrap(True)

        self.organisationCell.addWidget(self.organisationError)


        self.periodBoxForm.setLayout(0, QFormLayout.ItemRole.FieldRole, self.organisationCell)

        self.periodStartLabel = QLabel(self.periodBox)
        self.periodStartLabel.setObjectName(u"periodStartLabel")
        self.periodStartLabel.setWordWrap(True)

        self.periodBoxForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.periodStartLabel)

        self.periodStartCell = QVBoxLayout()
        self.periodStartCell.setObjectName(u"periodStartCell")
        self.periodStartRow = QHBoxLayout()
        self.periodStartRow.setObjectName(u"periodStartRow")
        self.periodStart = DateField(self.periodBox)
        self.periodStart.setObjectName(u"periodStart")
        self.periodStart.setCalendarPopup(True)

        self.periodStartRow.addWidget(self.periodStart)

        self.periodToLabel = QLabel(self.periodBox)
        self.periodToLabel.setObjectName(u"periodToLabel")
        self.periodToLabel.setWordWrap(False)

        self.periodStartRow.addWidget(self.periodToLabel)

        self.periodEnd = DateField(self.periodBox)
        self.periodEnd.setObjectName(u"periodEnd")
        self.periodEnd.setCalendarPopup(True)

        self.periodStartRow.addWidget(self.periodEnd)

        self.hspacer1 = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.periodStartRow.addItem(self.hspacer1)


        self.periodStartCell.addLayout(self.periodStartRow)

        self.periodStartError = QLabel(self.periodBox)
        self.periodStartError.setObjectName(u"periodStartError")
        self.periodStartError.setWordWrap(True)

        self.periodStartCell.addWidget(self.periodStartError)


        self.periodBoxForm.setLayout(1, QFormLayout.ItemRole.FieldRole, self.periodStartCell)

        self.madeOnLabel = QLabel(self.periodBox)
        self.madeOnLabel.setObjectName(u"madeOnLabel")
        self.madeOnLabel.setWordWrap(True)

        self.periodBoxForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.madeOnLabel)

        self.madeOnCell = QVBoxLayout()
        self.madeOnCell.setSpacing(2)
        self.madeOnCell.setObjectName(u"madeOnCell")
        self.madeOn = DateField(self.periodBox)
        self.madeOn.setObjectName(u"madeOn")

        self.madeOnCell.addWidget(self.madeOn)

        self.madeOnNote = QLabel(self.periodBox)
        self.madeOnNote.setObjectName(u"madeOnNote")
        self.madeOnNote.setWordWrap(True)

        self.madeOnCell.addWidget(self.madeOnNote)


        self.periodBoxForm.setLayout(2, QFormLayout.ItemRole.FieldRole, self.madeOnCell)


        self.mainLayout.addWidget(self.periodBox)

        self.previewHeading = QLabel(ClaimBuilderDialog)
        self.previewHeading.setObjectName(u"previewHeading")
        self.previewHeading.setWordWrap(True)

        self.mainLayout.addWidget(self.previewHeading)

        self.previewTable = QTableWidget(ClaimBuilderDialog)
        self.previewTable.setObjectName(u"previewTable")
        self.previewTable.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.previewTable.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.previewTable.setAlternatingRowColors(True)
        self.previewTable.setTabKeyNavigation(False)
        self.previewTable.setWordWrap(True)

        self.mainLayout.addWidget(self.previewTable)

        self.totals = QLabel(ClaimBuilderDialog)
        self.totals.setObjectName(u"totals")
        self.totals.setWordWrap(True)
        self.totals.setTextInteractionFlags(Qt.TextSelectableByMouse)

        self.mainLayout.addWidget(self.totals)

        self.createForm = QFormLayout()
        self.createForm.setObjectName(u"createForm")
        self.createForm.setFieldGrowthPolicy(QFormLayout.AllNonFixedFieldsGrow)
        self.createForm.setRowWrapPolicy(QFormLayout.WrapLongRows)
        self.createRow = QHBoxLayout()
        self.createRow.setObjectName(u"createRow")
        self.createClaim = QPushButton(ClaimBuilderDialog)
        self.createClaim.setObjectName(u"createClaim")

        self.createRow.addWidget(self.createClaim)

        self.hspacer2 = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.createRow.addItem(self.hspacer2)


        self.createForm.setLayout(0, QFormLayout.ItemRole.SpanningRole, self.createRow)


        self.mainLayout.addLayout(self.createForm)

        self.claimStatus = QLabel(ClaimBuilderDialog)
        self.claimStatus.setObjectName(u"claimStatus")
        self.claimStatus.setWordWrap(True)
        self.claimStatus.setTextInteractionFlags(Qt.TextSelectableByMouse)

        self.mainLayout.addWidget(self.claimStatus)

        self.submitBox = QGroupBox(ClaimBuilderDialog)
        self.submitBox.setObjectName(u"submitBox")
        self.submitBoxForm = QFormLayout(self.submitBox)
        self.submitBoxForm.setObjectName(u"submitBoxForm")
        self.submitBoxForm.setFieldGrowthPolicy(QFormLayout.AllNonFixedFieldsGrow)
        self.submitBoxForm.setRowWrapPolicy(QFormLayout.WrapLongRows)
        self.submittedOnLabel = QLabel(self.submitBox)
        self.submittedOnLabel.setObjectName(u"submittedOnLabel")
        self.submittedOnLabel.setWordWrap(True)

        self.submitBoxForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.submittedOnLabel)

        self.submittedOnCell = QVBoxLayout()
        self.submittedOnCell.setObjectName(u"submittedOnCell")
        self.submittedOnRow = QHBoxLayout()
        self.submittedOnRow.setObjectName(u"submittedOnRow")
        self.submittedOn = DateField(self.submitBox)
        self.submittedOn.setObjectName(u"submittedOn")
        self.submittedOn.setCalendarPopup(True)

        self.submittedOnRow.addWidget(self.submittedOn)

        self.submitClaim = QPushButton(self.submitBox)
        self.submitClaim.setObjectName(u"submitClaim")

        self.submittedOnRow.addWidget(self.submitClaim)

        self.hspacer3 = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.submittedOnRow.addItem(self.hspacer3)


        self.submittedOnCell.addLayout(self.submittedOnRow)

        self.submittedOnError = QLabel(self.submitBox)
        self.submittedOnError.setObjectName(u"submittedOnError")
        self.submittedOnError.setWordWrap(True)

        self.submittedOnCell.addWidget(self.submittedOnError)


        self.submitBoxForm.setLayout(0, QFormLayout.ItemRole.FieldRole, self.submittedOnCell)


        self.mainLayout.addWidget(self.submitBox)

        self.formError = QLabel(ClaimBuilderDialog)
        self.formError.setObjectName(u"formError")
        self.formError.setWordWrap(True)

        self.mainLayout.addWidget(self.formError)

        self.saveHint = QLabel(ClaimBuilderDialog)
        self.saveHint.setObjectName(u"saveHint")
        self.saveHint.setWordWrap(True)

        self.mainLayout.addWidget(self.saveHint)

        self.buttonBox = QDialogButtonBox(ClaimBuilderDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.Close)

        self.mainLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.organisationLabel.setBuddy(self.organisation)
        self.periodStartLabel.setBuddy(self.periodStart)
        self.madeOnLabel.setBuddy(self.madeOn)
        self.submittedOnLabel.setBuddy(self.submittedOn)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.organisation, self.periodStart)
        QWidget.setTabOrder(self.periodStart, self.periodEnd)
        QWidget.setTabOrder(self.periodEnd, self.madeOn)
        QWidget.setTabOrder(self.madeOn, self.previewTable)
        QWidget.setTabOrder(self.previewTable, self.createClaim)
        QWidget.setTabOrder(self.createClaim, self.submittedOn)
        QWidget.setTabOrder(self.submittedOn, self.submitClaim)

        self.retranslateUi(ClaimBuilderDialog)

        QMetaObject.connectSlotsByName(ClaimBuilderDialog)
    # setupUi

    def retranslateUi(self, ClaimBuilderDialog):
        ClaimBuilderDialog.setWindowTitle(QCoreApplication.translate("ClaimBuilderDialog", u"Make a claim", None))
        self.periodBox.setTitle(QCoreApplication.translate("ClaimBuilderDialog", u"Organisation and period", None))
        self.organisationLabel.setText(QCoreApplication.translate("ClaimBuilderDialog", u"&Organisation:", None))
#if QT_CONFIG(accessibility)
        self.organisation.setAccessibleName(QCoreApplication.translate("ClaimBuilderDialog", u"Organisation", None))
#endif // QT_CONFIG(accessibility)
        self.organisationError.setText("")
#if QT_CONFIG(accessibility)
        self.organisationError.setAccessibleName("")
#endif // QT_CONFIG(accessibility)
        self.periodStartLabel.setText(QCoreApplication.translate("ClaimBuilderDialog", u"&Period from:", None))
#if QT_CONFIG(accessibility)
        self.periodStart.setAccessibleName(QCoreApplication.translate("ClaimBuilderDialog", u"Period from", None))
#endif // QT_CONFIG(accessibility)
        self.periodStart.setDisplayFormat(QCoreApplication.translate("ClaimBuilderDialog", u"dd/MM/yyyy", None))
        self.periodToLabel.setText(QCoreApplication.translate("ClaimBuilderDialog", u"to", None))
#if QT_CONFIG(accessibility)
        self.periodEnd.setAccessibleName(QCoreApplication.translate("ClaimBuilderDialog", u"Period to", None))
#endif // QT_CONFIG(accessibility)
        self.periodEnd.setDisplayFormat(QCoreApplication.translate("ClaimBuilderDialog", u"dd/MM/yyyy", None))
        self.periodStartError.setText("")
#if QT_CONFIG(accessibility)
        self.periodStartError.setAccessibleName("")
#endif // QT_CONFIG(accessibility)
        self.madeOnLabel.setText(QCoreApplication.translate("ClaimBuilderDialog", u"Made o&n:", None))
#if QT_CONFIG(accessibility)
        self.madeOn.setAccessibleName(QCoreApplication.translate("ClaimBuilderDialog", u"Made on", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.madeOn.setAccessibleDescription(QCoreApplication.translate("ClaimBuilderDialog", u"The day the claim was made: today, or an earlier day for a paper claim typed in afterwards", None))
#endif // QT_CONFIG(accessibility)
        self.madeOnNote.setText(QCoreApplication.translate("ClaimBuilderDialog", u"Today, or the day a paper claim was made (only work up to that day goes in it).", None))
        self.previewHeading.setText(QCoreApplication.translate("ClaimBuilderDialog", u"Lines this claim would hold:", None))
#if QT_CONFIG(accessibility)
        self.previewTable.setAccessibleName(QCoreApplication.translate("ClaimBuilderDialog", u"Lines of the claim", None))
#endif // QT_CONFIG(accessibility)
        self.totals.setText("")
#if QT_CONFIG(accessibility)
        self.totals.setAccessibleName(QCoreApplication.translate("ClaimBuilderDialog", u"Claim totals", None))
#endif // QT_CONFIG(accessibility)
        self.createClaim.setText(QCoreApplication.translate("ClaimBuilderDialog", u"C&reate claim", None))
#if QT_CONFIG(accessibility)
        self.createClaim.setAccessibleName(QCoreApplication.translate("ClaimBuilderDialog", u"Create claim", None))
#endif // QT_CONFIG(accessibility)
        self.claimStatus.setText("")
#if QT_CONFIG(accessibility)
        self.claimStatus.setAccessibleName(QCoreApplication.translate("ClaimBuilderDialog", u"Claim status", None))
#endif // QT_CONFIG(accessibility)
        self.submitBox.setTitle(QCoreApplication.translate("ClaimBuilderDialog", u"When you have sent it", None))
        self.submittedOnLabel.setText(QCoreApplication.translate("ClaimBuilderDialog", u"S&ubmitted on:", None))
#if QT_CONFIG(accessibility)
        self.submittedOn.setAccessibleName(QCoreApplication.translate("ClaimBuilderDialog", u"Date submitted", None))
#endif // QT_CONFIG(accessibility)
        self.submittedOn.setDisplayFormat(QCoreApplication.translate("ClaimBuilderDialog", u"dd/MM/yyyy", None))
        self.submitClaim.setText(QCoreApplication.translate("ClaimBuilderDialog", u"&Mark as submitted", None))
#if QT_CONFIG(accessibility)
        self.submitClaim.setAccessibleName(QCoreApplication.translate("ClaimBuilderDialog", u"Mark as submitted", None))
#endif // QT_CONFIG(accessibility)
        self.submittedOnError.setText("")
#if QT_CONFIG(accessibility)
        self.submittedOnError.setAccessibleName("")
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
