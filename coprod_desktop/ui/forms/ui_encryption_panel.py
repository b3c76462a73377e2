# -*- coding: utf-8 -*-


from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QApplication, QGroupBox, QHBoxLayout, QLabel,
    QPushButton, QSizePolicy, QSpacerItem, QVBoxLayout,
    QWidget)

class Ui_EncryptionPanel(object):
    def setupUi(self, EncryptionPanel):
        if not EncryptionPanel.objectName():
            EncryptionPanel.setObjectName(u"EncryptionPanel")
        self.panelLayout = QVBoxLayout(EncryptionPanel)
        self.panelLayout.setObjectName(u"panelLayout")
        self.statusLabel = QLabel(EncryptionPanel)
        self.statusLabel.setObjectName(u"statusLabel")
        self.statusLabel.setWordWrap(True)

        self.panelLayout.addWidget(self.statusLabel)

        self.hintLabel = QLabel(EncryptionPanel)
        self.hintLabel.setObjectName(u"hintLabel")
        self.hintLabel.setWordWrap(True)

        self.panelLayout.addWidget(self.hintLabel)

        self.panelButtons = QHBoxLayout()
        self.panelButtons.setObjectName(u"panelButtons")
        self.turnOnButton = QPushButton(EncryptionPanel)
        self.turnOnButton.setObjectName(u"turnOnButton")

        self.panelButtons.addWidget(self.turnOnButton)

        self.changeButton = QPushButton(EncryptionPanel)
        self.changeButton.setObjectName(u"changeButton")

        self.panelButtons.addWidget(self.changeButton)

        self.turnOffButton = QPushButton(EncryptionPanel)
        self.turnOffButton.setObjectName(u"turnOffButton")

        self.panelButtons.addWidget(self.turnOffButton)

        self.panelGap = QSpacerItem(20, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.panelButtons.addItem(self.panelGap)


        self.panelLayout.addLayout(self.panelButtons)


        self.retranslateUi(EncryptionPanel)

        QMetaObject.connectSlotsByName(EncryptionPanel)
    # setupUi

    def retranslateUi(self, EncryptionPanel):
        EncryptionPanel.setTitle(QCoreApplication.translate("EncryptionPanel", u"Protect my records with a passphrase", None))
#if QT_CONFIG(accessibility)
        EncryptionPanel.setAccessibleName(QCoreApplication.translate("EncryptionPanel", u"Protect my records with a passphrase", None))
#endif // QT_CONFIG(accessibility)
        self.statusLabel.setText("")
#if QT_CONFIG(accessibility)
        self.statusLabel.setAccessibleName(QCoreApplication.translate("EncryptionPanel", u"Encryption status", None))
#endif // QT_CONFIG(accessibility)
        self.hintLabel.setText(QCoreApplication.translate("EncryptionPanel", u"With a passphrase, your records, receipts and backups are encrypted on this computer: anyone who copies the folder sees only scrambled bytes. You will type the passphrase each time the app opens.", None))
#if QT_CONFIG(accessibility)
        self.hintLabel.setAccessibleName(QCoreApplication.translate("EncryptionPanel", u"What a passphrase does", None))
#endif // QT_CONFIG(accessibility)
        self.turnOnButton.setText(QCoreApplication.translate("EncryptionPanel", u"T&urn on\u2026", None))
#if QT_CONFIG(accessibility)
        self.turnOnButton.setAccessibleName(QCoreApplication.translate("EncryptionPanel", u"Turn on passphrase protection", None))
#endif // QT_CONFIG(accessibility)
        self.changeButton.setText(QCoreApplication.translate("EncryptionPanel", u"C&hange passphrase\u2026", None))
#if QT_CONFIG(accessibility)
        self.changeButton.setAccessibleName(QCoreApplication.translate("EncryptionPanel", u"Change the passphrase", None))
#endif // QT_CONFIG(accessibility)
        self.turnOffButton.setText(QCoreApplication.translate("EncryptionPanel", u"T&urn off\u2026", None))
#if QT_CONFIG(accessibility)
        self.turnOffButton.setAccessibleName(QCoreApplication.translate("EncryptionPanel", u"Turn off passphrase protection", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi
