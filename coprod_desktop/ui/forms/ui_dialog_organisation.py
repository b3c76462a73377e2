# -*- coding: utf-8 -*-


from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QAbstractButton, QApplication, QDialog, QDialogButtonBox,
    QFormLayout, QFrame, QGroupBox, QLabel,
    QLineEdit, QPlainTextEdit, QScrollArea, QSizePolicy,
    QSpacerItem, QSpinBox, QVBoxLayout, QWidget)

class Ui_OrganisationDialog(object):
    def setupUi(self, OrganisationDialog):
        if not OrganisationDialog.objectName():
            OrganisationDialog.setObjectName(u"OrganisationDialog")
        OrganisationDialog.resize(600, 620)
        self.mainLayout = QVBoxLayout(OrganisationDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.scrollArea = QScrollArea(OrganisationDialog)
        self.scrollArea.setObjectName(u"scrollArea")
        self.scrollArea.setWidgetResizable(True)
        self.scrollArea.setFrameShape(QFrame.NoFrame)
        self.scrollArea.setFocusPolicy(Qt.NoFocus)
        self.scrollContents = QWidget()
        self.scrollContents.setObjectName(u"scrollContents")
        self.contentsLayout = QVBoxLayout(self.scrollContents)
        self.contentsLayout.setObjectName(u"contentsLayout")
        self.orgBox = QGroupBox(self.scrollContents)
        self.orgBox.setObjectName(u"orgBox")
        self.orgBoxForm = QFormLayout(self.orgBox)
        self.orgBoxForm.setObjectName(u"orgBoxForm")
        self.orgBoxForm.setFieldGrowthPolicy(QFormLayout.AllNonFixedFieldsGrow)
        self.orgBoxForm.setRowWrapPolicy(QFormLayout.WrapLongRows)
        self.nameLabel = QLabel(self.orgBox)
        self.nameLabel.setObjectName(u"nameLabel")
        self.nameLabel.setWordWrap(True)

        self.orgBoxForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.nameLabel)

        self.nameCell = QVBoxLayout()
        self.nameCell.setSpacing(2)
        self.nameCell.setObjectName(u"nameCell")
        self.name = QLineEdit(self.orgBox)
        self.name.setObjectName(u"name")

        self.nameCell.addWidget(self.name)

        self.nameError = QLabel(self.orgBox)
        self.nameError.setObjectName(u"nameError")
        self.nameError.setWordWrap(True)

        self.nameCell.addWidget(self.nameError)


        self.orgBoxForm.setLayout(0, QFormLayout.ItemRole.FieldRole, self.nameCell)

        self.codeLabel = QLabel(self.orgBox)
        self.codeLabel.setObjectName(u"codeLabel")
        self.codeLabel.setWordWrap(True)

        self.orgBoxForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.codeLabel)

        self.codeCell = QVBoxLayout()
        self.codeCell.setSpacing(2)
        self.codeCell.setObjectName(u"codeCell")
        self.code = QLineEdit(self.orgBox)
        self.code.setObjectName(u"code")
        self.code.setMaxLength(12)

        self.codeCell.addWidget(self.code)

        self.codeError = QLabel(self.orgBox)
        self.codeError.setObjectName(u"codeError")
        self.codeError.setWordWrap(True)

        self.codeCell.addWidget(self.codeError)


        self.orgBoxForm.setLayout(1, QFormLayout.ItemRole.FieldRole, self.codeCell)

        self.departmentLabel = QLabel(self.orgBox)
        self.departmentLabel.setObjectName(u"departmentLabel")
        self.departmentLabel.setWordWrap(True)

        self.orgBoxForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.departmentLabel)

        self.departmentCell = QVBoxLayout()
        self.departmentCell.setSpacing(2)
        self.departmentCell.setObjectName(u"departmentCell")
        self.department = QLineEdit(self.orgBox)
        self.department.setObjectName(u"department")

        self.departmentCell.addWidget(self.department)

        self.departmentError = QLabel(self.orgBox)
        self.departmentError.setObjectName(u"departmentError")
        self.departmentError.setWordWrap(True)

        self.departmentCell.addWidget(self.departmentError)


        self.orgBoxForm.setLayout(2, QFormLayout.ItemRole.FieldRole, self.departmentCell)

        self.contactNameLabel = QLabel(self.orgBox)
        self.contactNameLabel.setObjectName(u"contactNameLabel")
        self.contactNameLabel.setWordWrap(True)

        self.orgBoxForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.contactNameLabel)

        self.contactNameCell = QVBoxLayout()
        self.contactNameCell.setSpacing(2)
        self.contactNameCell.setObjectName(u"contactNameCell")
        self.contactName = QLineEdit(self.orgBox)
        self.contactName.setObjectName(u"contactName")

        self.contactNameCell.addWidget(self.contactName)

        self.contactNameError = QLabel(self.orgBox)
        self.contactNameError.setObjectName(u"contactNameError")
        self.contactNameError.setWordWrap(True)

        self.contactNameCell.addWidget(self.contactNameError)


        self.orgBoxForm.setLayout(3, QFormLayout.ItemRole.FieldRole, self.contactNameCell)

        self.emailLabel = QLabel(self.orgBox)
        self.emailLabel.setObjectName(u"emailLabel")
        self.emailLabel.setWordWrap(True)

        self.orgBoxForm.setWidget(4, QFormLayout.ItemRole.LabelRole, self.emailLabel)

        self.emailCell = QVBoxLayout()
        self.emailCell.setSpacing(2)
        self.emailCell.setObjectName(u"emailCell")
        self.email = QLineEdit(self.orgBox)
        self.email.setObjectName(u"email")

        self.emailCell.addWidget(self.email)

        self.emailError = QLabel(self.orgBox)
        self.emailError.setObjectName(u"emailError")
        self.emailError.setWordWrap(True)

        self.emailCell.addWidget(self.emailError)


        self.orgBoxForm.setLayout(4, QFormLayout.ItemRole.FieldRole, self.emailCell)

        self.addressLabel = QLabel(self.orgBox)
        self.addressLabel.setObjectName(u"addressLabel")
        self.addressLabel.setWordWrap(True)

        self.orgBoxForm.setWidget(5, QFormLayout.ItemRole.LabelRole, self.addressLabel)

        self.addressCell = QVBoxLayout()
        self.addressCell.setSpacing(2)
        self.addressCell.setObjectName(u"addressCell")
        self.address = QPlainTextEdit(self.orgBox)
        self.address.setObjectName(u"address")
        self.address.setTabChangesFocus(True)

        self.addressCell.addWidget(self.address)

        self.addressError = QLabel(self.orgBox)
        self.addressError.setObjectName(u"addressError")
        self.addressError.setWordWrap(True)

        self.addressCell.addWidget(self.addressError)


        self.orgBoxForm.setLayout(5, QFormLayout.ItemRole.FieldRole, self.addressCell)

        self.promisedDaysLabel = QLabel(self.orgBox)
        self.promisedDaysLabel.setObjectName(u"promisedDaysLabel")
        self.promisedDaysLabel.setWordWrap(True)

        self.orgBoxForm.setWidget(6, QFormLayout.ItemRole.LabelRole, self.promisedDaysLabel)

        self.promisedDaysCell = QVBoxLayout()
        self.promisedDaysCell.setSpacing(2)
        self.promisedDaysCell.setObjectName(u"promisedDaysCell")
        self.promisedDays = QSpinBox(self.orgBox)
        self.promisedDays.setObjectName(u"promisedDays")
        self.promisedDays.setMaximum(365)
        self.promisedDays.setValue(30)

        self.promisedDaysCell.addWidget(self.promisedDays)

        self.promisedDaysError = QLabel(self.orgBox)
        self.promisedDaysError.setObjectName(u"promisedDaysError")
        self.promisedDaysError.setWordWrap(True)

        self.promisedDaysCell.addWidget(self.promisedDaysError)


        self.orgBoxForm.setLayout(6, QFormLayout.ItemRole.FieldRole, self.promisedDaysCell)

        self.notesLabel = QLabel(self.orgBox)
        self.notesLabel.setObjectName(u"notesLabel")
        self.notesLabel.setWordWrap(True)

        self.orgBoxForm.setWidget(7, QFormLayout.ItemRole.LabelRole, self.notesLabel)

        self.notesCell = QVBoxLayout()
        self.notesCell.setSpacing(2)
        self.notesCell.setObjectName(u"notesCell")
        self.notes = QPlainTextEdit(self.orgBox)
        self.notes.setObjectName(u"notes")
        self.notes.setTabChangesFocus(True)

        self.notesCell.addWidget(self.notes)

        self.notesError = QLabel(self.orgBox)
        self.notesError.setObjectName(u"notesError")
        self.notesError.setWordWrap(True)

        self.notesCell.addWidget(self.notesError)


        self.orgBoxForm.setLayout(7, QFormLayout.ItemRole.FieldRole, self.notesCell)


        self.contentsLayout.addWidget(self.orgBox)

        self.contentsSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.contentsLayout.addItem(self.contentsSpacer)

        self.scrollArea.setWidget(self.scrollContents)

        self.mainLayout.addWidget(self.scrollArea)

        self.formError = QLabel(OrganisationDialog)
        self.formError.setObjectName(u"formError")
        self.formError.setWordWrap(True)

        self.mainLayout.addWidget(self.formError)

        self.saveHint = QLabel(OrganisationDialog)
        self.saveHint.setObjectName(u"saveHint")
        self.saveHint.setWordWrap(True)

        self.mainLayout.addWidget(self.saveHint)

        self.buttonBox = QDialogButtonBox(OrganisationDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Save)

        self.mainLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.nameLabel.setBuddy(self.name)
        self.codeLabel.setBuddy(self.code)
        self.departmentLabel.setBuddy(self.department)
        self.contactNameLabel.setBuddy(self.contactName)
        self.emailLabel.setBuddy(self.email)
        self.addressLabel.setBuddy(self.address)
        self.promisedDaysLabel.setBuddy(self.promisedDays)
        self.notesLabel.setBuddy(self.notes)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.name, self.code)
        QWidget.setTabOrder(self.code, self.department)
        QWidget.setTabOrder(self.department, self.contactName)
        QWidget.setTabOrder(self.contactName, self.email)
        QWidget.setTabOrder(self.email, self.address)
        QWidget.setTabOrder(self.address, self.promisedDays)
        QWidget.setTabOrder(self.promisedDays, self.notes)

        self.retranslateUi(OrganisationDialog)

        QMetaObject.connectSlotsByName(OrganisationDialog)
    # setupUi

    def retranslateUi(self, OrganisationDialog):
        OrganisationDialog.setWindowTitle(QCoreApplication.translate("OrganisationDialog", u"Organisation", None))
        self.orgBox.setTitle(QCoreApplication.translate("OrganisationDialog", u"Organisation", None))
        self.nameLabel.setText(QCoreApplication.translate("OrganisationDialog", u"&Name:", None))
        self.name.setPlaceholderText(QCoreApplication.translate("OrganisationDialog", u"For example: Nottingham University Hospitals", None))
#if QT_CONFIG(accessibility)
        self.name.setAccessibleName(QCoreApplication.translate("OrganisationDialog", u"Name", None))
#endif // QT_CONFIG(accessibility)
        self.nameError.setText("")
#if QT_CONFIG(accessibility)
        self.nameError.setAccessibleName("")
#endif // QT_CONFIG(accessibility)
        self.codeLabel.setText(QCoreApplication.translate("OrganisationDialog", u"S&hort code for claim numbers:", None))
        self.code.setPlaceholderText(QCoreApplication.translate("OrganisationDialog", u"For example NUH", None))
#if QT_CONFIG(accessibility)
        self.code.setAccessibleName(QCoreApplication.translate("OrganisationDialog", u"Short code", None))
#endif // QT_CONFIG(accessibility)
        self.codeError.setText("")
#if QT_CONFIG(accessibility)
        self.codeError.setAccessibleName("")
#endif // QT_CONFIG(accessibility)
        self.departmentLabel.setText(QCoreApplication.translate("OrganisationDialog", u"&Department or team:", None))
#if QT_CONFIG(accessibility)
        self.department.setAccessibleName(QCoreApplication.translate("OrganisationDialog", u"Department", None))
#endif // QT_CONFIG(accessibility)
        self.departmentError.setText("")
#if QT_CONFIG(accessibility)
        self.departmentError.setAccessibleName("")
#endif // QT_CONFIG(accessibility)
        self.contactNameLabel.setText(QCoreApplication.translate("OrganisationDialog", u"C&ontact person:", None))
#if QT_CONFIG(accessibility)
        self.contactName.setAccessibleName(QCoreApplication.translate("OrganisationDialog", u"Contact person", None))
#endif // QT_CONFIG(accessibility)
        self.contactNameError.setText("")
#if QT_CONFIG(accessibility)
        self.contactNameError.setAccessibleName("")
#endif // QT_CONFIG(accessibility)
        self.emailLabel.setText(QCoreApplication.translate("OrganisationDialog", u"&Email for claims:", None))
#if QT_CONFIG(accessibility)
        self.email.setAccessibleName(QCoreApplication.translate("OrganisationDialog", u"Email for claims", None))
#endif // QT_CONFIG(accessibility)
        self.emailError.setText("")
#if QT_CONFIG(accessibility)
        self.emailError.setAccessibleName("")
#endif // QT_CONFIG(accessibility)
        self.addressLabel.setText(QCoreApplication.translate("OrganisationDialog", u"&Address for claims:", None))
#if QT_CONFIG(accessibility)
        self.address.setAccessibleName(QCoreApplication.translate("OrganisationDialog", u"Address for claims", None))
#endif // QT_CONFIG(accessibility)
        self.addressError.setText("")
#if QT_CONFIG(accessibility)
        self.addressError.setAccessibleName("")
#endif // QT_CONFIG(accessibility)
        self.promisedDaysLabel.setText(QCoreApplication.translate("OrganisationDialog", u"Da&ys they promise to pay within:", None))
        self.promisedDays.setSuffix(QCoreApplication.translate("OrganisationDialog", u" days", None))
#if QT_CONFIG(accessibility)
        self.promisedDays.setAccessibleName(QCoreApplication.translate("OrganisationDialog", u"Promised days to pay", None))
#endif // QT_CONFIG(accessibility)
        self.promisedDaysError.setText("")
#if QT_CONFIG(accessibility)
        self.promisedDaysError.setAccessibleName("")
#endif // QT_CONFIG(accessibility)
        self.notesLabel.setText(QCoreApplication.translate("OrganisationDialog", u"No&tes:", None))
#if QT_CONFIG(accessibility)
        self.notes.setAccessibleName(QCoreApplication.translate("OrganisationDialog", u"Notes", None))
#endif // QT_CONFIG(accessibility)
        self.notesError.setText("")
#if QT_CONFIG(accessibility)
        self.notesError.setAccessibleName("")
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
