# -*- coding: utf-8 -*-


from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QAbstractButton, QApplication, QCheckBox, QDialog,
    QDialogButtonBox, QHBoxLayout, QLabel, QListWidget,
    QListWidgetItem, QPushButton, QSizePolicy, QSpacerItem,
    QVBoxLayout, QWidget)

class Ui_RemindersDialog(object):
    def setupUi(self, RemindersDialog):
        if not RemindersDialog.objectName():
            RemindersDialog.setObjectName(u"RemindersDialog")
        RemindersDialog.resize(640, 420)
        self.mainLayout = QVBoxLayout(RemindersDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.intro = QLabel(RemindersDialog)
        self.intro.setObjectName(u"intro")
        self.intro.setWordWrap(True)

        self.mainLayout.addWidget(self.intro)

        self.reminderList = QListWidget(RemindersDialog)
        self.reminderList.setObjectName(u"reminderList")
        self.reminderList.setWordWrap(True)
        self.reminderList.setAlternatingRowColors(True)

        self.mainLayout.addWidget(self.reminderList)

        self.status = QLabel(RemindersDialog)
        self.status.setObjectName(u"status")
        self.status.setWordWrap(True)

        self.mainLayout.addWidget(self.status)

        self.actionRow = QHBoxLayout()
        self.actionRow.setObjectName(u"actionRow")
        self.goTo = QPushButton(RemindersDialog)
        self.goTo.setObjectName(u"goTo")

        self.actionRow.addWidget(self.goTo)

        self.snooze = QPushButton(RemindersDialog)
        self.snooze.setObjectName(u"snooze")

        self.actionRow.addWidget(self.snooze)

        self.turnOff = QPushButton(RemindersDialog)
        self.turnOff.setObjectName(u"turnOff")

        self.actionRow.addWidget(self.turnOff)

        self.actionSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.actionRow.addItem(self.actionSpacer)


        self.mainLayout.addLayout(self.actionRow)

        self.showOnOpen = QCheckBox(RemindersDialog)
        self.showOnOpen.setObjectName(u"showOnOpen")
        self.showOnOpen.setChecked(True)

        self.mainLayout.addWidget(self.showOnOpen)

        self.buttonBox = QDialogButtonBox(RemindersDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.Close)

        self.mainLayout.addWidget(self.buttonBox)


        self.retranslateUi(RemindersDialog)

        QMetaObject.connectSlotsByName(RemindersDialog)
    # setupUi

    def retranslateUi(self, RemindersDialog):
        RemindersDialog.setWindowTitle(QCoreApplication.translate("RemindersDialog", u"Reminders", None))
        self.intro.setText(QCoreApplication.translate("RemindersDialog", u"What needs your attention today. Choose one and press Go to it, or put a kind of reminder aside.", None))
#if QT_CONFIG(accessibility)
        self.reminderList.setAccessibleName(QCoreApplication.translate("RemindersDialog", u"Reminders", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.reminderList.setAccessibleDescription(QCoreApplication.translate("RemindersDialog", u"Each line is one reminder; press Enter to go to its record.", None))
#endif // QT_CONFIG(accessibility)
        self.status.setText("")
#if QT_CONFIG(accessibility)
        self.status.setAccessibleName(QCoreApplication.translate("RemindersDialog", u"Reminder status", None))
#endif // QT_CONFIG(accessibility)
        self.goTo.setText(QCoreApplication.translate("RemindersDialog", u"&Go to it", None))
#if QT_CONFIG(accessibility)
        self.goTo.setAccessibleName(QCoreApplication.translate("RemindersDialog", u"Go to the record of the chosen reminder", None))
#endif // QT_CONFIG(accessibility)
        self.snooze.setText(QCoreApplication.translate("RemindersDialog", u"&Snooze this kind for a week", None))
#if QT_CONFIG(accessibility)
        self.snooze.setAccessibleName(QCoreApplication.translate("RemindersDialog", u"Snooze this kind of reminder for a week", None))
#endif // QT_CONFIG(accessibility)
        self.turnOff.setText(QCoreApplication.translate("RemindersDialog", u"&Turn this kind off", None))
#if QT_CONFIG(accessibility)
        self.turnOff.setAccessibleName(QCoreApplication.translate("RemindersDialog", u"Stop showing this kind of reminder", None))
#endif // QT_CONFIG(accessibility)
        self.showOnOpen.setText(QCoreApplication.translate("RemindersDialog", u"Show reminders when the app &opens", None))
    # retranslateUi
