# -*- coding: utf-8 -*-


from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QAbstractButton, QApplication, QCheckBox, QDialog,
    QDialogButtonBox, QGridLayout, QLabel, QLineEdit,
    QSizePolicy, QVBoxLayout, QWidget)

class Ui_WelcomeDialog(object):
    def setupUi(self, WelcomeDialog):
        if not WelcomeDialog.objectName():
            WelcomeDialog.setObjectName(u"WelcomeDialog")
        WelcomeDialog.resize(620, 480)
        self.outerLayout = QVBoxLayout(WelcomeDialog)
        self.outerLayout.setObjectName(u"outerLayout")
        self.heading = QLabel(WelcomeDialog)
        self.heading.setObjectName(u"heading")

        self.outerLayout.addWidget(self.heading)

        self.introLabel = QLabel(WelcomeDialog)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setWordWrap(True)

        self.outerLayout.addWidget(self.introLabel)

        self.welcomeGrid = QGridLayout()
        self.welcomeGrid.setObjectName(u"welcomeGrid")
        self.nameLabel = QLabel(WelcomeDialog)
        self.nameLabel.setObjectName(u"nameLabel")

        self.welcomeGrid.addWidget(self.nameLabel, 0, 0, 1, 1)

        self.nameEdit = QLineEdit(WelcomeDialog)
        self.nameEdit.setObjectName(u"nameEdit")

        self.welcomeGrid.addWidget(self.nameEdit, 0, 1, 1, 1)

        self.rateLabel = QLabel(WelcomeDialog)
        self.rateLabel.setObjectName(u"rateLabel")

        self.welcomeGrid.addWidget(self.rateLabel, 1, 0, 1, 1)

        self.rateEdit = QLineEdit(WelcomeDialog)
        self.rateEdit.setObjectName(u"rateEdit")

        self.welcomeGrid.addWidget(self.rateEdit, 1, 1, 1, 1)

        self.rateHelpLabel = QLabel(WelcomeDialog)
        self.rateHelpLabel.setObjectName(u"rateHelpLabel")
        self.rateHelpLabel.setWordWrap(True)

        self.welcomeGrid.addWidget(self.rateHelpLabel, 2, 1, 1, 1)

        self.errorLabel = QLabel(WelcomeDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setWordWrap(True)

        self.welcomeGrid.addWidget(self.errorLabel, 3, 0, 1, 2)

        self.demoCheck = QCheckBox(WelcomeDialog)
        self.demoCheck.setObjectName(u"demoCheck")

        self.welcomeGrid.addWidget(self.demoCheck, 4, 0, 1, 2)

        self.welcomeGrid.setColumnStretch(1, 1)

        self.outerLayout.addLayout(self.welcomeGrid)

        self.whereLabel = QLabel(WelcomeDialog)
        self.whereLabel.setObjectName(u"whereLabel")
        self.whereLabel.setWordWrap(True)
        self.whereLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.outerLayout.addWidget(self.whereLabel)

        self.privacyLabel = QLabel(WelcomeDialog)
        self.privacyLabel.setObjectName(u"privacyLabel")
        self.privacyLabel.setWordWrap(True)

        self.outerLayout.addWidget(self.privacyLabel)

        self.buttonBox = QDialogButtonBox(WelcomeDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.outerLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.nameLabel.setBuddy(self.nameEdit)
        self.rateLabel.setBuddy(self.rateEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.nameEdit, self.rateEdit)
        QWidget.setTabOrder(self.rateEdit, self.demoCheck)
        QWidget.setTabOrder(self.demoCheck, self.buttonBox)

        self.retranslateUi(WelcomeDialog)

        QMetaObject.connectSlotsByName(WelcomeDialog)
    # setupUi

    def retranslateUi(self, WelcomeDialog):
        WelcomeDialog.setWindowTitle(QCoreApplication.translate("WelcomeDialog", u"Welcome", None))
        self.heading.setText(QCoreApplication.translate("WelcomeDialog", u"Welcome to Coprod Desktop", None))
        self.introLabel.setText(QCoreApplication.translate("WelcomeDialog", u"This app keeps your own record of involvement work: the time you give, your expenses and receipts, your role agreements, and the claims you send. Two questions to start; you can change both later in Settings.", None))
        self.nameLabel.setText(QCoreApplication.translate("WelcomeDialog", u"Your &name:", None))
#if QT_CONFIG(accessibility)
        self.nameEdit.setAccessibleName(QCoreApplication.translate("WelcomeDialog", u"Your name", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.nameEdit.setAccessibleDescription(QCoreApplication.translate("WelcomeDialog", u"As it should appear on your claims", None))
#endif // QT_CONFIG(accessibility)
        self.rateLabel.setText(QCoreApplication.translate("WelcomeDialog", u"&Reference hourly rate (\u00a3):", None))
#if QT_CONFIG(accessibility)
        self.rateEdit.setAccessibleName(QCoreApplication.translate("WelcomeDialog", u"Reference hourly rate", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.rateEdit.setAccessibleDescription(QCoreApplication.translate("WelcomeDialog", u"The value of an hour of your time, used when a role pays nothing", None))
#endif // QT_CONFIG(accessibility)
        self.rateEdit.setPlaceholderText(QCoreApplication.translate("WelcomeDialog", u"for example 25.00", None))
        self.rateHelpLabel.setText(QCoreApplication.translate("WelcomeDialog", u"What an hour of your time is worth to you: used to show the value of unpaid and voluntary work, never charged to anyone.", None))
        self.errorLabel.setText("")
#if QT_CONFIG(accessibility)
        self.demoCheck.setAccessibleName(QCoreApplication.translate("WelcomeDialog", u"Open sample records to try things out", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.demoCheck.setAccessibleDescription(QCoreApplication.translate("WelcomeDialog", u"Made-up organisations, activities and claims, kept apart from your own records; Help, Try sample records opens them again", None))
#endif // QT_CONFIG(accessibility)
        self.demoCheck.setText(QCoreApplication.translate("WelcomeDialog", u"Then open &sample records to try things out (kept apart from yours: your own records start empty)", None))
        self.whereLabel.setText("")
#if QT_CONFIG(accessibility)
        self.whereLabel.setAccessibleName(QCoreApplication.translate("WelcomeDialog", u"Where your data lives", None))
#endif // QT_CONFIG(accessibility)
        self.privacyLabel.setText(QCoreApplication.translate("WelcomeDialog", u"Nothing leaves this computer unless you choose to export it: no account, no internet, no tracking.", None))
#if QT_CONFIG(accessibility)
        self.buttonBox.setAccessibleName(QCoreApplication.translate("WelcomeDialog", u"Start or cancel", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi
