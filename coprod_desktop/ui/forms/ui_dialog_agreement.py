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
    QGroupBox, QHBoxLayout, QLabel, QLineEdit,
    QListWidget, QListWidgetItem, QPlainTextEdit, QPushButton,
    QScrollArea, QSizePolicy, QSpacerItem, QVBoxLayout,
    QWidget)

from coprod_desktop.ui.widgets.date_field import DateField

class Ui_AgreementDialog(object):
    def setupUi(self, AgreementDialog):
        if not AgreementDialog.objectName():
            AgreementDialog.setObjectName(u"AgreementDialog")
        AgreementDialog.resize(680, 760)
        self.mainLayout = QVBoxLayout(AgreementDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.scrollArea = QScrollArea(AgreementDialog)
        self.scrollArea.setObjectName(u"scrollArea")
        self.scrollArea.setWidgetResizable(True)
        self.scrollArea.setFrameShape(QFrame.NoFrame)
        self.scrollArea.setFocusPolicy(Qt.NoFocus)
        self.scrollContents = QWidget()
        self.scrollContents.setObjectName(u"scrollContents")
        self.contentsLayout = QVBoxLayout(self.scrollContents)
        self.contentsLayout.setObjectName(u"contentsLayout")
        self.roleBox = QGroupBox(self.scrollContents)
        self.roleBox.setObjectName(u"roleBox")
        self.roleBoxForm = QFormLayout(self.roleBox)
        self.roleBoxForm.setObjectName(u"roleBoxForm")
        self.roleBoxForm.setFieldGrowthPolicy(QFormLayout.AllNonFixedFieldsGrow)
        self.roleBoxForm.setRowWrapPolicy(QFormLayout.WrapLongRows)
        self.organisationLabel = QLabel(self.roleBox)
        self.organisationLabel.setObjectName(u"organisationLabel")
        self.organisationLabel.setWordWrap(True)

        self.roleBoxForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.organisationLabel)

        self.organisationCell = QVBoxLayout()
        self.organisationCell.setSpacing(2)
        self.organisationCell.setObjectName(u"organisationCell")
        self.organisation = QComboBox(self.roleBox)
        self.organisation.setObjectName(u"organisation")

        self.organisationCell.addWidget(self.organisation)

        self.organisationError = QLabel(self.roleBox)
        self.organisationError.setObjectName(u"organisationError")
        self.organisationError.setWordWrap(True)

        self.organisationCell.addWidget(self.organisationError)


        self.roleBoxForm.setLayout(0, QFormLayout.ItemRole.FieldRole, self.organisationCell)

        self.roleTitleLabel = QLabel(self.roleBox)
        self.roleTitleLabel.setObjectName(u"roleTitleLabel")
        self.roleTitleLabel.setWordWrap(True)

        self.roleBoxForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.roleTitleLabel)

        self.roleTitleCell = QVBoxLayout()
        self.roleTitleCell.setSpacing(2)
        self.roleTitleCell.setObjectName(u"roleTitleCell")
        self.roleTitle = QLineEdit(self.roleBox)
        self.roleTitle.setObjectName(u"roleTitle")

        self.roleTitleCell.addWidget(self.roleTitle)

        self.roleTitleError = QLabel(self.roleBox)
        self.roleTitleError.setObjectName(u"roleTitleError")
        self.roleTitleError.setWordWrap(True)

        self.roleTitleCell.addWidget(self.roleTitleError)


        self.roleBoxForm.setLayout(1, QFormLayout.ItemRole.FieldRole, self.roleTitleCell)

        self.startLabel = QLabel(self.roleBox)
        self.startLabel.setObjectName(u"startLabel")
        self.startLabel.setWordWrap(True)

        self.roleBoxForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.startLabel)

        self.startCell = QVBoxLayout()
        self.startCell.setSpacing(2)
        self.startCell.setObjectName(u"startCell")
        self.start = DateField(self.roleBox)
        self.start.setObjectName(u"start")
        self.start.setCalendarPopup(True)

        self.startCell.addWidget(self.start)

        self.startError = QLabel(self.roleBox)
        self.startError.setObjectName(u"startError")
        self.startError.setWordWrap(True)

        self.startCell.addWidget(self.startError)


        self.roleBoxForm.setLayout(2, QFormLayout.ItemRole.FieldRole, self.startCell)

        self.hasEndCell = QVBoxLayout()
        self.hasEndCell.setObjectName(u"hasEndCell")
        self.hasEnd = QCheckBox(self.roleBox)
        self.hasEnd.setObjectName(u"hasEnd")

        self.hasEndCell.addWidget(self.hasEnd)


        self.roleBoxForm.setLayout(3, QFormLayout.ItemRole.SpanningRole, self.hasEndCell)

        self.endLabel = QLabel(self.roleBox)
        self.endLabel.setObjectName(u"endLabel")
        self.endLabel.setWordWrap(True)

        self.roleBoxForm.setWidget(4, QFormLayout.ItemRole.LabelRole, self.endLabel)

        self.endCell = QVBoxLayout()
        self.endCell.setSpacing(2)
        self.endCell.setObjectName(u"endCell")
        self.end = DateField(self.roleBox)
        self.end.setObjectName(u"end")
        self.end.setCalendarPopup(True)

        self.endCell.addWidget(self.end)

        self.endError = QLabel(self.roleBox)
        self.endError.setObjectName(u"endError")
        self.endError.setWordWrap(True)

        self.endCell.addWidget(self.endError)


        self.roleBoxForm.setLayout(4, QFormLayout.ItemRole.FieldRole, self.endCell)

        self.descriptionLabel = QLabel(self.roleBox)
        self.descriptionLabel.setObjectName(u"descriptionLabel")
        self.descriptionLabel.setWordWrap(True)

        self.roleBoxForm.setWidget(5, QFormLayout.ItemRole.LabelRole, self.descriptionLabel)

        self.descriptionCell = QVBoxLayout()
        self.descriptionCell.setSpacing(2)
        self.descriptionCell.setObjectName(u"descriptionCell")
        self.description = QPlainTextEdit(self.roleBox)
        self.description.setObjectName(u"description")
        self.description.setTabChangesFocus(True)

        self.descriptionCell.addWidget(self.description)

        self.descriptionError = QLabel(self.roleBox)
        self.descriptionError.setObjectName(u"descriptionError")
        self.descriptionError.setWordWrap(True)

        self.descriptionCell.addWidget(self.descriptionError)


        self.roleBoxForm.setLayout(5, QFormLayout.ItemRole.FieldRole, self.descriptionCell)


        self.contentsLayout.addWidget(self.roleBox)

        self.historyBox = QGroupBox(self.scrollContents)
        self.historyBox.setObjectName(u"historyBox")
        self.historyBoxForm = QFormLayout(self.historyBox)
        self.historyBoxForm.setObjectName(u"historyBoxForm")
        self.historyBoxForm.setFieldGrowthPolicy(QFormLayout.AllNonFixedFieldsGrow)
        self.historyBoxForm.setRowWrapPolicy(QFormLayout.WrapLongRows)
        self.historyHelp = QLabel(self.historyBox)
        self.historyHelp.setObjectName(u"historyHelp")
        self.historyHelp.setWordWrap(True)

        self.historyBoxForm.setWidget(0, QFormLayout.ItemRole.SpanningRole, self.historyHelp)

        self.termsTimeline = QListWidget(self.historyBox)
        self.termsTimeline.setObjectName(u"termsTimeline")
        self.termsTimeline.setWordWrap(True)
        self.termsTimeline.setAlternatingRowColors(True)

        self.historyBoxForm.setWidget(1, QFormLayout.ItemRole.SpanningRole, self.termsTimeline)

        self.historyButtons = QHBoxLayout()
        self.historyButtons.setObjectName(u"historyButtons")
        self.addTerms = QPushButton(self.historyBox)
        self.addTerms.setObjectName(u"addTerms")

        self.historyButtons.addWidget(self.addTerms)

        self.editTerms = QPushButton(self.historyBox)
        self.editTerms.setObjectName(u"editTerms")

        self.historyButtons.addWidget(self.editTerms)

        self.hspacer1 = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.historyButtons.addItem(self.hspacer1)


        self.historyBoxForm.setLayout(2, QFormLayout.ItemRole.SpanningRole, self.historyButtons)


        self.contentsLayout.addWidget(self.historyBox)

        self.firstTermsBox = QGroupBox(self.scrollContents)
        self.firstTermsBox.setObjectName(u"firstTermsBox")
        self.firstTermsLayout = QVBoxLayout(self.firstTermsBox)
        self.firstTermsLayout.setObjectName(u"firstTermsLayout")

        self.contentsLayout.addWidget(self.firstTermsBox)

        self.contentsSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.contentsLayout.addItem(self.contentsSpacer)

        self.scrollArea.setWidget(self.scrollContents)

        self.mainLayout.addWidget(self.scrollArea)

        self.formError = QLabel(AgreementDialog)
        self.formError.setObjectName(u"formError")
        self.formError.setWordWrap(True)

        self.mainLayout.addWidget(self.formError)

        self.saveHint = QLabel(AgreementDialog)
        self.saveHint.setObjectName(u"saveHint")
        self.saveHint.setWordWrap(True)

        self.mainLayout.addWidget(self.saveHint)

        self.buttonBox = QDialogButtonBox(AgreementDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Save)

        self.mainLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.organisationLabel.setBuddy(self.organisation)
        self.roleTitleLabel.setBuddy(self.roleTitle)
        self.startLabel.setBuddy(self.start)
        self.endLabel.setBuddy(self.end)
        self.descriptionLabel.setBuddy(self.description)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.termsTimeline, self.organisation)
        QWidget.setTabOrder(self.organisation, self.roleTitle)
        QWidget.setTabOrder(self.roleTitle, self.start)
        QWidget.setTabOrder(self.start, self.hasEnd)
        QWidget.setTabOrder(self.hasEnd, self.end)
        QWidget.setTabOrder(self.end, self.description)
        QWidget.setTabOrder(self.description, self.addTerms)
        QWidget.setTabOrder(self.addTerms, self.editTerms)

        self.retranslateUi(AgreementDialog)

        QMetaObject.connectSlotsByName(AgreementDialog)
    # setupUi

    def retranslateUi(self, AgreementDialog):
        AgreementDialog.setWindowTitle(QCoreApplication.translate("AgreementDialog", u"Role agreement", None))
        self.roleBox.setTitle(QCoreApplication.translate("AgreementDialog", u"Role", None))
        self.organisationLabel.setText(QCoreApplication.translate("AgreementDialog", u"Or&ganisation:", None))
#if QT_CONFIG(accessibility)
        self.organisation.setAccessibleName(QCoreApplication.translate("AgreementDialog", u"Organisation", None))
#endif // QT_CONFIG(accessibility)
        self.organisationError.setText("")
#if QT_CONFIG(accessibility)
        self.organisationError.setAccessibleName("")
#endif // QT_CONFIG(accessibility)
        self.roleTitleLabel.setText(QCoreApplication.translate("AgreementDialog", u"&Role title:", None))
        self.roleTitle.setPlaceholderText(QCoreApplication.translate("AgreementDialog", u"For example: Public contributor, research advisory group", None))
#if QT_CONFIG(accessibility)
        self.roleTitle.setAccessibleName(QCoreApplication.translate("AgreementDialog", u"Role title", None))
#endif // QT_CONFIG(accessibility)
        self.roleTitleError.setText("")
#if QT_CONFIG(accessibility)
        self.roleTitleError.setAccessibleName("")
#endif // QT_CONFIG(accessibility)
        self.startLabel.setText(QCoreApplication.translate("AgreementDialog", u"S&tart date:", None))
#if QT_CONFIG(accessibility)
        self.start.setAccessibleName(QCoreApplication.translate("AgreementDialog", u"Start date", None))
#endif // QT_CONFIG(accessibility)
        self.start.setDisplayFormat(QCoreApplication.translate("AgreementDialog", u"dd/MM/yyyy", None))
        self.startError.setText("")
#if QT_CONFIG(accessibility)
        self.startError.setAccessibleName("")
#endif // QT_CONFIG(accessibility)
        self.hasEnd.setText(QCoreApplication.translate("AgreementDialog", u"The role has an end date", None))
#if QT_CONFIG(accessibility)
        self.hasEnd.setAccessibleName(QCoreApplication.translate("AgreementDialog", u"The role has an end date", None))
#endif // QT_CONFIG(accessibility)
        self.endLabel.setText(QCoreApplication.translate("AgreementDialog", u"&End date:", None))
#if QT_CONFIG(accessibility)
        self.end.setAccessibleName(QCoreApplication.translate("AgreementDialog", u"End date", None))
#endif // QT_CONFIG(accessibility)
        self.end.setDisplayFormat(QCoreApplication.translate("AgreementDialog", u"dd/MM/yyyy", None))
        self.endError.setText("")
#if QT_CONFIG(accessibility)
        self.endError.setAccessibleName("")
#endif // QT_CONFIG(accessibility)
        self.descriptionLabel.setText(QCoreApplication.translate("AgreementDialog", u"Ro&le description or terms of reference:", None))
#if QT_CONFIG(accessibility)
        self.description.setAccessibleName(QCoreApplication.translate("AgreementDialog", u"Role description", None))
#endif // QT_CONFIG(accessibility)
        self.descriptionError.setText("")
#if QT_CONFIG(accessibility)
        self.descriptionError.setAccessibleName("")
#endif // QT_CONFIG(accessibility)
        self.historyBox.setTitle(QCoreApplication.translate("AgreementDialog", u"Terms over time", None))
        self.historyHelp.setText(QCoreApplication.translate("AgreementDialog", u"Each change of terms is kept with its date, oldest first, so a change such as a paid role becoming voluntary stays on record.", None))
#if QT_CONFIG(accessibility)
        self.termsTimeline.setAccessibleName(QCoreApplication.translate("AgreementDialog", u"Terms timeline, oldest first", None))
#endif // QT_CONFIG(accessibility)
        self.addTerms.setText(QCoreApplication.translate("AgreementDialog", u"&Add a change of terms\u2026", None))
#if QT_CONFIG(accessibility)
        self.addTerms.setAccessibleName(QCoreApplication.translate("AgreementDialog", u"Add a change of terms", None))
#endif // QT_CONFIG(accessibility)
        self.editTerms.setText(QCoreApplication.translate("AgreementDialog", u"Correct the selecte&d version\u2026", None))
#if QT_CONFIG(accessibility)
        self.editTerms.setAccessibleName(QCoreApplication.translate("AgreementDialog", u"Correct the selected version of the terms", None))
#endif // QT_CONFIG(accessibility)
        self.firstTermsBox.setTitle(QCoreApplication.translate("AgreementDialog", u"Terms from the start date", None))
        self.formError.setText("")
#if QT_CONFIG(accessibility)
        self.formError.setAccessibleName("")
#endif // QT_CONFIG(accessibility)
        self.saveHint.setText("")
#if QT_CONFIG(accessibility)
        self.saveHint.setAccessibleName("")
#endif // QT_CONFIG(accessibility)
    # retranslateUi
