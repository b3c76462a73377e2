# -*- coding: utf-8 -*-


from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QApplication, QCheckBox, QDialog, QHBoxLayout,
    QLabel, QPushButton, QSizePolicy, QSpacerItem,
    QVBoxLayout, QWidget)

class Ui_RecoveryKeyDialog(object):
    def setupUi(self, RecoveryKeyDialog):
        if not RecoveryKeyDialog.objectName():
            RecoveryKeyDialog.setObjectName(u"RecoveryKeyDialog")
        RecoveryKeyDialog.resize(560, 340)
        self.mainLayout = QVBoxLayout(RecoveryKeyDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.intro = QLabel(RecoveryKeyDialog)
        self.intro.setObjectName(u"intro")
        self.intro.setWordWrap(True)

        self.mainLayout.addWidget(self.intro)

        self.keyLabel = QLabel(RecoveryKeyDialog)
        self.keyLabel.setObjectName(u"keyLabel")
        self.keyLabel.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.keyLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse|Qt.TextInteractionFlag.TextSelectableByKeyboard)

        self.mainLayout.addWidget(self.keyLabel)

        self.keepButtons = QHBoxLayout()
        self.keepButtons.setObjectName(u"keepButtons")
        self.printButton = QPushButton(RecoveryKeyDialog)
        self.printButton.setObjectName(u"printButton")
        self.printButton.setAutoDefault(False)

        self.keepButtons.addWidget(self.printButton)

        self.saveButton = QPushButton(RecoveryKeyDialog)
        self.saveButton.setObjectName(u"saveButton")
        self.saveButton.setAutoDefault(False)

        self.keepButtons.addWidget(self.saveButton)

        self.keepGap = QSpacerItem(20, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.keepButtons.addItem(self.keepGap)


        self.mainLayout.addLayout(self.keepButtons)

        self.savedLabel = QLabel(RecoveryKeyDialog)
        self.savedLabel.setObjectName(u"savedLabel")
        self.savedLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.savedLabel)

        self.keptCheck = QCheckBox(RecoveryKeyDialog)
        self.keptCheck.setObjectName(u"keptCheck")

        self.mainLayout.addWidget(self.keptCheck)

        self.doneRow = QHBoxLayout()
        self.doneRow.setObjectName(u"doneRow")
        self.doneGap = QSpacerItem(20, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.doneRow.addItem(self.doneGap)

        self.doneButton = QPushButton(RecoveryKeyDialog)
        self.doneButton.setObjectName(u"doneButton")
        self.doneButton.setEnabled(False)

        self.doneRow.addWidget(self.doneButton)


        self.mainLayout.addLayout(self.doneRow)

        QWidget.setTabOrder(self.keyLabel, self.printButton)
        QWidget.setTabOrder(self.printButton, self.saveButton)
        QWidget.setTabOrder(self.saveButton, self.keptCheck)
        QWidget.setTabOrder(self.keptCheck, self.doneButton)

        self.retranslateUi(RecoveryKeyDialog)

        self.doneButton.setDefault(True)


        QMetaObject.connectSlotsByName(RecoveryKeyDialog)
    # setupUi

    def retranslateUi(self, RecoveryKeyDialog):
        RecoveryKeyDialog.setWindowTitle(QCoreApplication.translate("RecoveryKeyDialog", u"Your recovery key", None))
        self.intro.setText(QCoreApplication.translate("RecoveryKeyDialog", u"Encryption is on. Below is your recovery key: if you ever forget your passphrase, it is the only way back into your records. Print it or write it down and keep it somewhere safe, away from this computer. It is shown only this once.", None))
#if QT_CONFIG(accessibility)
        self.intro.setAccessibleName(QCoreApplication.translate("RecoveryKeyDialog", u"About the recovery key", None))
#endif // QT_CONFIG(accessibility)
        self.keyLabel.setText("")
#if QT_CONFIG(accessibility)
        self.keyLabel.setAccessibleName(QCoreApplication.translate("RecoveryKeyDialog", u"Your recovery key", None))
#endif // QT_CONFIG(accessibility)
        self.printButton.setText(QCoreApplication.translate("RecoveryKeyDialog", u"&Print\u2026", None))
#if QT_CONFIG(accessibility)
        self.printButton.setAccessibleName(QCoreApplication.translate("RecoveryKeyDialog", u"Print the recovery key", None))
#endif // QT_CONFIG(accessibility)
        self.saveButton.setText(QCoreApplication.translate("RecoveryKeyDialog", u"&Save as\u2026", None))
#if QT_CONFIG(accessibility)
        self.saveButton.setAccessibleName(QCoreApplication.translate("RecoveryKeyDialog", u"Save the recovery key to a file", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.saveButton.setAccessibleDescription(QCoreApplication.translate("RecoveryKeyDialog", u"Save it on a memory stick or another device, not on this computer", None))
#endif // QT_CONFIG(accessibility)
        self.savedLabel.setText("")
#if QT_CONFIG(accessibility)
        self.savedLabel.setAccessibleName(QCoreApplication.translate("RecoveryKeyDialog", u"Where the recovery key went", None))
#endif // QT_CONFIG(accessibility)
        self.keptCheck.setText(QCoreApplication.translate("RecoveryKeyDialog", u"I have &kept it safe", None))
#if QT_CONFIG(accessibility)
        self.keptCheck.setAccessibleName(QCoreApplication.translate("RecoveryKeyDialog", u"I have kept the recovery key safe", None))
#endif // QT_CONFIG(accessibility)
        self.doneButton.setText(QCoreApplication.translate("RecoveryKeyDialog", u"&Done", None))
#if QT_CONFIG(accessibility)
        self.doneButton.setAccessibleName(QCoreApplication.translate("RecoveryKeyDialog", u"Done", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.doneButton.setAccessibleDescription(QCoreApplication.translate("RecoveryKeyDialog", u"Available once you have ticked that you kept the recovery key safe", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi
