# -*- coding: utf-8 -*-


from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QAbstractButton, QApplication, QDialog, QDialogButtonBox,
    QGroupBox, QHBoxLayout, QLabel, QLineEdit,
    QPlainTextEdit, QPushButton, QSizePolicy, QSpacerItem,
    QVBoxLayout, QWidget)

class Ui_AboutDialog(object):
    def setupUi(self, AboutDialog):
        if not AboutDialog.objectName():
            AboutDialog.setObjectName(u"AboutDialog")
        AboutDialog.resize(620, 560)
        self.outerLayout = QVBoxLayout(AboutDialog)
        self.outerLayout.setObjectName(u"outerLayout")
        self.headerLayout = QHBoxLayout()
        self.headerLayout.setObjectName(u"headerLayout")
        self.iconLabel = QLabel(AboutDialog)
        self.iconLabel.setObjectName(u"iconLabel")

        self.headerLayout.addWidget(self.iconLabel)

        self.titleLayout = QVBoxLayout()
        self.titleLayout.setObjectName(u"titleLayout")
        self.heading = QLabel(AboutDialog)
        self.heading.setObjectName(u"heading")

        self.titleLayout.addWidget(self.heading)

        self.versionLabel = QLabel(AboutDialog)
        self.versionLabel.setObjectName(u"versionLabel")
        self.versionLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse|Qt.TextInteractionFlag.TextSelectableByKeyboard)

        self.titleLayout.addWidget(self.versionLabel)


        self.headerLayout.addLayout(self.titleLayout)

        self.headerSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.headerLayout.addItem(self.headerSpacer)


        self.outerLayout.addLayout(self.headerLayout)

        self.summaryLabel = QLabel(AboutDialog)
        self.summaryLabel.setObjectName(u"summaryLabel")
        self.summaryLabel.setWordWrap(True)

        self.outerLayout.addWidget(self.summaryLabel)

        self.dataGroup = QGroupBox(AboutDialog)
        self.dataGroup.setObjectName(u"dataGroup")
        self.dataLayout = QHBoxLayout(self.dataGroup)
        self.dataLayout.setObjectName(u"dataLayout")
        self.dataPathEdit = QLineEdit(self.dataGroup)
        self.dataPathEdit.setObjectName(u"dataPathEdit")
        self.dataPathEdit.setReadOnly(True)

        self.dataLayout.addWidget(self.dataPathEdit)

        self.openFolderButton = QPushButton(self.dataGroup)
        self.openFolderButton.setObjectName(u"openFolderButton")

        self.dataLayout.addWidget(self.openFolderButton)


        self.outerLayout.addWidget(self.dataGroup)

        self.licenceGroup = QGroupBox(AboutDialog)
        self.licenceGroup.setObjectName(u"licenceGroup")
        self.licenceLayout = QVBoxLayout(self.licenceGroup)
        self.licenceLayout.setObjectName(u"licenceLayout")
        self.licenceLabel = QLabel(self.licenceGroup)
        self.licenceLabel.setObjectName(u"licenceLabel")
        self.licenceLabel.setWordWrap(True)

        self.licenceLayout.addWidget(self.licenceLabel)

        self.creditsView = QPlainTextEdit(self.licenceGroup)
        self.creditsView.setObjectName(u"creditsView")
        self.creditsView.setReadOnly(True)
        self.creditsView.setTabChangesFocus(True)

        self.licenceLayout.addWidget(self.creditsView)


        self.outerLayout.addWidget(self.licenceGroup)

        self.buttonBox = QDialogButtonBox(AboutDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Close)

        self.outerLayout.addWidget(self.buttonBox)

        QWidget.setTabOrder(self.dataPathEdit, self.openFolderButton)
        QWidget.setTabOrder(self.openFolderButton, self.creditsView)
        QWidget.setTabOrder(self.creditsView, self.buttonBox)

        self.retranslateUi(AboutDialog)

        QMetaObject.connectSlotsByName(AboutDialog)
    # setupUi

    def retranslateUi(self, AboutDialog):
        AboutDialog.setWindowTitle(QCoreApplication.translate("AboutDialog", u"About Coprod Desktop", None))
#if QT_CONFIG(accessibility)
        self.iconLabel.setAccessibleName(QCoreApplication.translate("AboutDialog", u"Coprod Desktop icon", None))
#endif // QT_CONFIG(accessibility)
        self.heading.setText(QCoreApplication.translate("AboutDialog", u"Coprod Desktop", None))
#if QT_CONFIG(accessibility)
        self.versionLabel.setAccessibleName(QCoreApplication.translate("AboutDialog", u"Version", None))
#endif // QT_CONFIG(accessibility)
        self.summaryLabel.setText(QCoreApplication.translate("AboutDialog", u"Your own record of involvement and co-production work, kept on this computer. Nothing leaves this PC unless you export it: there is no account, no cloud and no tracking.", None))
        self.dataGroup.setTitle(QCoreApplication.translate("AboutDialog", u"Where your records live", None))
#if QT_CONFIG(accessibility)
        self.dataPathEdit.setAccessibleName(QCoreApplication.translate("AboutDialog", u"Your data folder", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.dataPathEdit.setAccessibleDescription(QCoreApplication.translate("AboutDialog", u"The folder on this computer that holds your records, receipts and backups", None))
#endif // QT_CONFIG(accessibility)
        self.openFolderButton.setText(QCoreApplication.translate("AboutDialog", u"&Open folder", None))
#if QT_CONFIG(accessibility)
        self.openFolderButton.setAccessibleName(QCoreApplication.translate("AboutDialog", u"Open the data folder", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.openFolderButton.setAccessibleDescription(QCoreApplication.translate("AboutDialog", u"Shows the folder in your file manager", None))
#endif // QT_CONFIG(accessibility)
        self.licenceGroup.setTitle(QCoreApplication.translate("AboutDialog", u"Licence", None))
        self.licenceLabel.setText(QCoreApplication.translate("AboutDialog", u"Free software under the GNU GPL, version 3 or later, with no warranty.", None))
#if QT_CONFIG(accessibility)
        self.creditsView.setAccessibleName(QCoreApplication.translate("AboutDialog", u"Parts included and their licences", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi
