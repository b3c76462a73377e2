# -*- coding: utf-8 -*-


from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QApplication, QGroupBox, QHBoxLayout, QHeaderView,
    QLabel, QPushButton, QSizePolicy, QSpacerItem,
    QTableView, QVBoxLayout, QWidget)

class Ui_BackupsPanel(object):
    def setupUi(self, BackupsPanel):
        if not BackupsPanel.objectName():
            BackupsPanel.setObjectName(u"BackupsPanel")
        self.outerLayout = QVBoxLayout(BackupsPanel)
        self.outerLayout.setObjectName(u"outerLayout")
        self.outerLayout.setContentsMargins(0, 0, 0, 0)
        self.backupsBox = QGroupBox(BackupsPanel)
        self.backupsBox.setObjectName(u"backupsBox")
        self.backupsLayout = QVBoxLayout(self.backupsBox)
        self.backupsLayout.setObjectName(u"backupsLayout")
        self.backupsHint = QLabel(self.backupsBox)
        self.backupsHint.setObjectName(u"backupsHint")
        self.backupsHint.setWordWrap(True)

        self.backupsLayout.addWidget(self.backupsHint)

        self.backupsView = QTableView(self.backupsBox)
        self.backupsView.setObjectName(u"backupsView")
        self.backupsView.setMinimumSize(QSize(0, 180))

        self.backupsLayout.addWidget(self.backupsView)

        self.backupsError = QLabel(self.backupsBox)
        self.backupsError.setObjectName(u"backupsError")
        self.backupsError.setWordWrap(True)

        self.backupsLayout.addWidget(self.backupsError)

        self.backupButtons = QHBoxLayout()
        self.backupButtons.setObjectName(u"backupButtons")
        self.backUpNowButton = QPushButton(self.backupsBox)
        self.backUpNowButton.setObjectName(u"backUpNowButton")

        self.backupButtons.addWidget(self.backUpNowButton)

        self.sealedBackupButton = QPushButton(self.backupsBox)
        self.sealedBackupButton.setObjectName(u"sealedBackupButton")

        self.backupButtons.addWidget(self.sealedBackupButton)

        self.restoreButton = QPushButton(self.backupsBox)
        self.restoreButton.setObjectName(u"restoreButton")

        self.backupButtons.addWidget(self.restoreButton)

        self.backupSpacer = QSpacerItem(20, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.backupButtons.addItem(self.backupSpacer)


        self.backupsLayout.addLayout(self.backupButtons)


        self.outerLayout.addWidget(self.backupsBox)

        QWidget.setTabOrder(self.backupsView, self.backUpNowButton)
        QWidget.setTabOrder(self.backUpNowButton, self.sealedBackupButton)
        QWidget.setTabOrder(self.sealedBackupButton, self.restoreButton)

        self.retranslateUi(BackupsPanel)

        QMetaObject.connectSlotsByName(BackupsPanel)
    # setupUi

    def retranslateUi(self, BackupsPanel):
        BackupsPanel.setWindowTitle(QCoreApplication.translate("BackupsPanel", u"Backups", None))
        self.backupsBox.setTitle(QCoreApplication.translate("BackupsPanel", u"Backups", None))
        self.backupsHint.setText(QCoreApplication.translate("BackupsPanel", u"A copy of your records is taken when the app opens (if anything changed) and when it closes. Kept: one a day for 7 days, one a week for 5 weeks, one a month for 12 months, and every copy taken before an update or a restore. While your records are protected by a passphrase, so are their backups (the Protection column says which are).", None))
#if QT_CONFIG(accessibility)
        self.backupsView.setAccessibleName(QCoreApplication.translate("BackupsPanel", u"Backups", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.backupsView.setAccessibleDescription(QCoreApplication.translate("BackupsPanel", u"Your backups, newest first: when each was taken, why, and its size", None))
#endif // QT_CONFIG(accessibility)
        self.backupsError.setText("")
#if QT_CONFIG(accessibility)
        self.backUpNowButton.setAccessibleName(QCoreApplication.translate("BackupsPanel", u"Back up now", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.backUpNowButton.setAccessibleDescription(QCoreApplication.translate("BackupsPanel", u"Take a checked copy of your records now", None))
#endif // QT_CONFIG(accessibility)
        self.backUpNowButton.setText(QCoreApplication.translate("BackupsPanel", u"&Back up now", None))
#if QT_CONFIG(accessibility)
        self.sealedBackupButton.setAccessibleName(QCoreApplication.translate("BackupsPanel", u"Back up with a passphrase", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.sealedBackupButton.setAccessibleDescription(QCoreApplication.translate("BackupsPanel", u"Take a copy of your records sealed with a passphrase you choose; it opens with just that passphrase", None))
#endif // QT_CONFIG(accessibility)
        self.sealedBackupButton.setText(QCoreApplication.translate("BackupsPanel", u"Back up with a &passphrase\u2026", None))
#if QT_CONFIG(accessibility)
        self.restoreButton.setAccessibleName(QCoreApplication.translate("BackupsPanel", u"Restore the chosen backup", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.restoreButton.setAccessibleDescription(QCoreApplication.translate("BackupsPanel", u"Put the chosen backup in place of your records; what is there now is kept as a backup first", None))
#endif // QT_CONFIG(accessibility)
        self.restoreButton.setText(QCoreApplication.translate("BackupsPanel", u"&Restore\u2026", None))
    # retranslateUi
