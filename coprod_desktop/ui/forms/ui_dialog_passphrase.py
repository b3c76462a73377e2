# -*- coding: utf-8 -*-


from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QApplication, QCheckBox, QDialog, QFormLayout,
    QHBoxLayout, QLabel, QLineEdit, QProgressBar,
    QPushButton, QSizePolicy, QSpacerItem, QVBoxLayout,
    QWidget)

class Ui_PassphraseDialog(object):
    def setupUi(self, PassphraseDialog):
        if not PassphraseDialog.objectName():
            PassphraseDialog.setObjectName(u"PassphraseDialog")
        PassphraseDialog.resize(520, 360)
        self.mainLayout = QVBoxLayout(PassphraseDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.intro = QLabel(PassphraseDialog)
        self.intro.setObjectName(u"intro")
        self.intro.setWordWrap(True)

        self.mainLayout.addWidget(self.intro)

        self.fields = QFormLayout()
        self.fields.setObjectName(u"fields")
        self.fields.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.fields.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.currentLabel = QLabel(PassphraseDialog)
        self.currentLabel.setObjectName(u"currentLabel")

        self.fields.setWidget(0, QFormLayout.ItemRole.LabelRole, self.currentLabel)

        self.currentEdit = QLineEdit(PassphraseDialog)
        self.currentEdit.setObjectName(u"currentEdit")
        self.currentEdit.setEchoMode(QLineEdit.EchoMode.Password)

        self.fields.setWidget(0, QFormLayout.ItemRole.FieldRole, self.currentEdit)

        self.recoveryLabel = QLabel(PassphraseDialog)
        self.recoveryLabel.setObjectName(u"recoveryLabel")

        self.fields.setWidget(1, QFormLayout.ItemRole.LabelRole, self.recoveryLabel)

        self.recoveryEdit = QLineEdit(PassphraseDialog)
        self.recoveryEdit.setObjectName(u"recoveryEdit")

        self.fields.setWidget(1, QFormLayout.ItemRole.FieldRole, self.recoveryEdit)

        self.newLabel = QLabel(PassphraseDialog)
        self.newLabel.setObjectName(u"newLabel")

        self.fields.setWidget(2, QFormLayout.ItemRole.LabelRole, self.newLabel)

        self.newEdit = QLineEdit(PassphraseDialog)
        self.newEdit.setObjectName(u"newEdit")
        self.newEdit.setEchoMode(QLineEdit.EchoMode.Password)

        self.fields.setWidget(2, QFormLayout.ItemRole.FieldRole, self.newEdit)

        self.repeatLabel = QLabel(PassphraseDialog)
        self.repeatLabel.setObjectName(u"repeatLabel")

        self.fields.setWidget(3, QFormLayout.ItemRole.LabelRole, self.repeatLabel)

        self.repeatEdit = QLineEdit(PassphraseDialog)
        self.repeatEdit.setObjectName(u"repeatEdit")
        self.repeatEdit.setEchoMode(QLineEdit.EchoMode.Password)

        self.fields.setWidget(3, QFormLayout.ItemRole.FieldRole, self.repeatEdit)

        self.strengthLabel = QLabel(PassphraseDialog)
        self.strengthLabel.setObjectName(u"strengthLabel")
        self.strengthLabel.setWordWrap(True)

        self.fields.setWidget(4, QFormLayout.ItemRole.FieldRole, self.strengthLabel)


        self.mainLayout.addLayout(self.fields)

        self.showCheck = QCheckBox(PassphraseDialog)
        self.showCheck.setObjectName(u"showCheck")

        self.mainLayout.addWidget(self.showCheck)

        self.errorLabel = QLabel(PassphraseDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.errorLabel)

        self.busyBar = QProgressBar(PassphraseDialog)
        self.busyBar.setObjectName(u"busyBar")
        self.busyBar.setMaximum(0)
        self.busyBar.setTextVisible(False)

        self.mainLayout.addWidget(self.busyBar)

        self.gap = QSpacerItem(20, 8, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.mainLayout.addItem(self.gap)

        self.buttons = QHBoxLayout()
        self.buttons.setObjectName(u"buttons")
        self.recoveryButton = QPushButton(PassphraseDialog)
        self.recoveryButton.setObjectName(u"recoveryButton")
        self.recoveryButton.setAutoDefault(False)

        self.buttons.addWidget(self.recoveryButton)

        self.buttonGap = QSpacerItem(20, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttons.addItem(self.buttonGap)

        self.cancelButton = QPushButton(PassphraseDialog)
        self.cancelButton.setObjectName(u"cancelButton")
        self.cancelButton.setAutoDefault(False)

        self.buttons.addWidget(self.cancelButton)

        self.okButton = QPushButton(PassphraseDialog)
        self.okButton.setObjectName(u"okButton")

        self.buttons.addWidget(self.okButton)


        self.mainLayout.addLayout(self.buttons)

#if QT_CONFIG(shortcut)
        self.currentLabel.setBuddy(self.currentEdit)
        self.recoveryLabel.setBuddy(self.recoveryEdit)
        self.newLabel.setBuddy(self.newEdit)
        self.repeatLabel.setBuddy(self.repeatEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.currentEdit, self.recoveryEdit)
        QWidget.setTabOrder(self.recoveryEdit, self.newEdit)
        QWidget.setTabOrder(self.newEdit, self.repeatEdit)
        QWidget.setTabOrder(self.repeatEdit, self.showCheck)
        QWidget.setTabOrder(self.showCheck, self.okButton)
        QWidget.setTabOrder(self.okButton, self.cancelButton)
        QWidget.setTabOrder(self.cancelButton, self.recoveryButton)

        self.retranslateUi(PassphraseDialog)

        self.okButton.setDefault(True)


        QMetaObject.connectSlotsByName(PassphraseDialog)
    # setupUi

    def retranslateUi(self, PassphraseDialog):
        PassphraseDialog.setWindowTitle(QCoreApplication.translate("PassphraseDialog", u"Your passphrase", None))
        self.intro.setText("")
#if QT_CONFIG(accessibility)
        self.intro.setAccessibleName(QCoreApplication.translate("PassphraseDialog", u"What this asks", None))
#endif // QT_CONFIG(accessibility)
        self.currentLabel.setText(QCoreApplication.translate("PassphraseDialog", u"&Passphrase:", None))
#if QT_CONFIG(accessibility)
        self.currentEdit.setAccessibleName(QCoreApplication.translate("PassphraseDialog", u"Your passphrase", None))
#endif // QT_CONFIG(accessibility)
        self.recoveryLabel.setText(QCoreApplication.translate("PassphraseDialog", u"&Recovery key:", None))
#if QT_CONFIG(accessibility)
        self.recoveryEdit.setAccessibleName(QCoreApplication.translate("PassphraseDialog", u"Recovery key", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.recoveryEdit.setAccessibleDescription(QCoreApplication.translate("PassphraseDialog", u"Six groups of five letters and digits, as printed when you turned encryption on", None))
#endif // QT_CONFIG(accessibility)
        self.recoveryEdit.setPlaceholderText(QCoreApplication.translate("PassphraseDialog", u"ABCDE-FGH23-\u2026", None))
        self.newLabel.setText(QCoreApplication.translate("PassphraseDialog", u"&New passphrase:", None))
#if QT_CONFIG(accessibility)
        self.newEdit.setAccessibleName(QCoreApplication.translate("PassphraseDialog", u"New passphrase", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.newEdit.setAccessibleDescription(QCoreApplication.translate("PassphraseDialog", u"At least 8 characters; three or four unrelated words are best", None))
#endif // QT_CONFIG(accessibility)
        self.repeatLabel.setText(QCoreApplication.translate("PassphraseDialog", u"New passphrase &again:", None))
#if QT_CONFIG(accessibility)
        self.repeatEdit.setAccessibleName(QCoreApplication.translate("PassphraseDialog", u"New passphrase again", None))
#endif // QT_CONFIG(accessibility)
        self.strengthLabel.setText("")
#if QT_CONFIG(accessibility)
        self.strengthLabel.setAccessibleName(QCoreApplication.translate("PassphraseDialog", u"How strong the new passphrase is", None))
#endif // QT_CONFIG(accessibility)
        self.showCheck.setText(QCoreApplication.translate("PassphraseDialog", u"&Show what I type", None))
#if QT_CONFIG(accessibility)
        self.showCheck.setAccessibleName(QCoreApplication.translate("PassphraseDialog", u"Show the passphrase as I type", None))
#endif // QT_CONFIG(accessibility)
        self.errorLabel.setText("")
#if QT_CONFIG(accessibility)
        self.errorLabel.setAccessibleName(QCoreApplication.translate("PassphraseDialog", u"Problem", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.busyBar.setAccessibleName(QCoreApplication.translate("PassphraseDialog", u"Working, please wait", None))
#endif // QT_CONFIG(accessibility)
        self.recoveryButton.setText(QCoreApplication.translate("PassphraseDialog", u"Use &recovery key\u2026", None))
#if QT_CONFIG(accessibility)
        self.recoveryButton.setAccessibleName(QCoreApplication.translate("PassphraseDialog", u"Use the recovery key instead", None))
#endif // QT_CONFIG(accessibility)
        self.cancelButton.setText(QCoreApplication.translate("PassphraseDialog", u"Cancel", None))
#if QT_CONFIG(accessibility)
        self.cancelButton.setAccessibleName(QCoreApplication.translate("PassphraseDialog", u"Cancel", None))
#endif // QT_CONFIG(accessibility)
        self.okButton.setText(QCoreApplication.translate("PassphraseDialog", u"&Open", None))
#if QT_CONFIG(accessibility)
        self.okButton.setAccessibleName(QCoreApplication.translate("PassphraseDialog", u"Open", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi
