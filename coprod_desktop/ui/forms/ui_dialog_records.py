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
    QListWidget, QListWidgetItem, QPushButton, QSizePolicy,
    QSpacerItem, QVBoxLayout, QWidget)

class Ui_RecordsDialog(object):
    def setupUi(self, RecordsDialog):
        if not RecordsDialog.objectName():
            RecordsDialog.setObjectName(u"RecordsDialog")
        RecordsDialog.resize(620, 460)
        self.outerLayout = QVBoxLayout(RecordsDialog)
        self.outerLayout.setObjectName(u"outerLayout")
        self.introLabel = QLabel(RecordsDialog)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setWordWrap(True)

        self.outerLayout.addWidget(self.introLabel)

        self.listLabel = QLabel(RecordsDialog)
        self.listLabel.setObjectName(u"listLabel")

        self.outerLayout.addWidget(self.listLabel)

        self.recordsList = QListWidget(RecordsDialog)
        self.recordsList.setObjectName(u"recordsList")

        self.outerLayout.addWidget(self.recordsList)

        self.folderLabel = QLabel(RecordsDialog)
        self.folderLabel.setObjectName(u"folderLabel")
        self.folderLabel.setWordWrap(True)
        self.folderLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.outerLayout.addWidget(self.folderLabel)

        self.listButtons = QHBoxLayout()
        self.listButtons.setObjectName(u"listButtons")
        self.openButton = QPushButton(RecordsDialog)
        self.openButton.setObjectName(u"openButton")

        self.listButtons.addWidget(self.openButton)

        self.deleteButton = QPushButton(RecordsDialog)
        self.deleteButton.setObjectName(u"deleteButton")

        self.listButtons.addWidget(self.deleteButton)

        self.listSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.listButtons.addItem(self.listSpacer)


        self.outerLayout.addLayout(self.listButtons)

        self.newGroup = QGroupBox(RecordsDialog)
        self.newGroup.setObjectName(u"newGroup")
        self.newLayout = QHBoxLayout(self.newGroup)
        self.newLayout.setObjectName(u"newLayout")
        self.newNameLabel = QLabel(self.newGroup)
        self.newNameLabel.setObjectName(u"newNameLabel")

        self.newLayout.addWidget(self.newNameLabel)

        self.newNameEdit = QLineEdit(self.newGroup)
        self.newNameEdit.setObjectName(u"newNameEdit")

        self.newLayout.addWidget(self.newNameEdit)

        self.newButton = QPushButton(self.newGroup)
        self.newButton.setObjectName(u"newButton")

        self.newLayout.addWidget(self.newButton)


        self.outerLayout.addWidget(self.newGroup)

        self.errorLabel = QLabel(RecordsDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setWordWrap(True)

        self.outerLayout.addWidget(self.errorLabel)

        self.buttonBox = QDialogButtonBox(RecordsDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Close)

        self.outerLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.listLabel.setBuddy(self.recordsList)
        self.newNameLabel.setBuddy(self.newNameEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.recordsList, self.openButton)
        QWidget.setTabOrder(self.openButton, self.deleteButton)
        QWidget.setTabOrder(self.deleteButton, self.newNameEdit)
        QWidget.setTabOrder(self.newNameEdit, self.newButton)
        QWidget.setTabOrder(self.newButton, self.buttonBox)

        self.retranslateUi(RecordsDialog)

        self.openButton.setDefault(True)


        QMetaObject.connectSlotsByName(RecordsDialog)
    # setupUi

    def retranslateUi(self, RecordsDialog):
        RecordsDialog.setWindowTitle(QCoreApplication.translate("RecordsDialog", u"Open someone's records", None))
#if QT_CONFIG(accessibility)
        RecordsDialog.setAccessibleName(QCoreApplication.translate("RecordsDialog", u"Open someone's records", None))
#endif // QT_CONFIG(accessibility)
        self.introLabel.setText(QCoreApplication.translate("RecordsDialog", u"Each person's records are kept apart, in a folder of their own, with their own backups and, if they choose, their own passphrase. Only one person's records are open at a time.", None))
        self.listLabel.setText(QCoreApplication.translate("RecordsDialog", u"&Records on this computer:", None))
#if QT_CONFIG(accessibility)
        self.recordsList.setAccessibleName(QCoreApplication.translate("RecordsDialog", u"Records on this computer", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.recordsList.setAccessibleDescription(QCoreApplication.translate("RecordsDialog", u"Choose whose records to open; the ones open now are marked", None))
#endif // QT_CONFIG(accessibility)
        self.folderLabel.setText("")
#if QT_CONFIG(accessibility)
        self.folderLabel.setAccessibleName(QCoreApplication.translate("RecordsDialog", u"Where the chosen records are kept", None))
#endif // QT_CONFIG(accessibility)
        self.openButton.setText(QCoreApplication.translate("RecordsDialog", u"&Open", None))
#if QT_CONFIG(accessibility)
        self.openButton.setAccessibleName(QCoreApplication.translate("RecordsDialog", u"Open the chosen records", None))
#endif // QT_CONFIG(accessibility)
        self.deleteButton.setText(QCoreApplication.translate("RecordsDialog", u"&Delete\u2026", None))
#if QT_CONFIG(accessibility)
        self.deleteButton.setAccessibleName(QCoreApplication.translate("RecordsDialog", u"Delete the chosen records", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.deleteButton.setAccessibleDescription(QCoreApplication.translate("RecordsDialog", u"Deletes the records and their backups from this computer, after you type their name", None))
#endif // QT_CONFIG(accessibility)
        self.newGroup.setTitle(QCoreApplication.translate("RecordsDialog", u"Records for someone I support", None))
#if QT_CONFIG(accessibility)
        self.newGroup.setAccessibleName(QCoreApplication.translate("RecordsDialog", u"Records for someone I support", None))
#endif // QT_CONFIG(accessibility)
        self.newNameLabel.setText(QCoreApplication.translate("RecordsDialog", u"&Their name:", None))
#if QT_CONFIG(accessibility)
        self.newNameEdit.setAccessibleName(QCoreApplication.translate("RecordsDialog", u"Name for the new records", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.newNameEdit.setAccessibleDescription(QCoreApplication.translate("RecordsDialog", u"The name you will know these records by, such as the person's first name", None))
#endif // QT_CONFIG(accessibility)
        self.newNameEdit.setPlaceholderText(QCoreApplication.translate("RecordsDialog", u"for example Mam, or Dafydd", None))
        self.newButton.setText(QCoreApplication.translate("RecordsDialog", u"&Make and open", None))
#if QT_CONFIG(accessibility)
        self.newButton.setAccessibleName(QCoreApplication.translate("RecordsDialog", u"Make new records and open them", None))
#endif // QT_CONFIG(accessibility)
        self.errorLabel.setText("")
#if QT_CONFIG(accessibility)
        self.errorLabel.setAccessibleName(QCoreApplication.translate("RecordsDialog", u"What needs fixing", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.buttonBox.setAccessibleName(QCoreApplication.translate("RecordsDialog", u"Close", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi
