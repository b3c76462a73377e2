# -*- coding: utf-8 -*-


from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QAbstractButton, QApplication, QDialog, QDialogButtonBox,
    QHBoxLayout, QPushButton, QSizePolicy, QTextBrowser,
    QVBoxLayout, QWidget)

class Ui_GettingStartedDialog(object):
    def setupUi(self, GettingStartedDialog):
        if not GettingStartedDialog.objectName():
            GettingStartedDialog.setObjectName(u"GettingStartedDialog")
        GettingStartedDialog.resize(640, 560)
        self.outerLayout = QVBoxLayout(GettingStartedDialog)
        self.outerLayout.setObjectName(u"outerLayout")
        self.stepsText = QTextBrowser(GettingStartedDialog)
        self.stepsText.setObjectName(u"stepsText")
        self.stepsText.setOpenLinks(False)

        self.outerLayout.addWidget(self.stepsText)

        self.buttonRow = QHBoxLayout()
        self.buttonRow.setObjectName(u"buttonRow")
        self.sampleButton = QPushButton(GettingStartedDialog)
        self.sampleButton.setObjectName(u"sampleButton")

        self.buttonRow.addWidget(self.sampleButton)

        self.buttonBox = QDialogButtonBox(GettingStartedDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Close)

        self.buttonRow.addWidget(self.buttonBox)


        self.outerLayout.addLayout(self.buttonRow)

        QWidget.setTabOrder(self.stepsText, self.sampleButton)
        QWidget.setTabOrder(self.sampleButton, self.buttonBox)

        self.retranslateUi(GettingStartedDialog)

        QMetaObject.connectSlotsByName(GettingStartedDialog)
    # setupUi

    def retranslateUi(self, GettingStartedDialog):
        GettingStartedDialog.setWindowTitle(QCoreApplication.translate("GettingStartedDialog", u"Getting started", None))
#if QT_CONFIG(accessibility)
        GettingStartedDialog.setAccessibleName(QCoreApplication.translate("GettingStartedDialog", u"Getting started", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.stepsText.setAccessibleName(QCoreApplication.translate("GettingStartedDialog", u"Getting started: the first steps", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.stepsText.setAccessibleDescription(QCoreApplication.translate("GettingStartedDialog", u"Six steps from your first organisation to a claim and a backup", None))
#endif // QT_CONFIG(accessibility)
        self.sampleButton.setText(QCoreApplication.translate("GettingStartedDialog", u"&Try sample records", None))
#if QT_CONFIG(accessibility)
        self.sampleButton.setAccessibleName(QCoreApplication.translate("GettingStartedDialog", u"Try sample records", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.sampleButton.setAccessibleDescription(QCoreApplication.translate("GettingStartedDialog", u"Opens a separate set of made-up records to try things out; yours are not changed", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.buttonBox.setAccessibleName(QCoreApplication.translate("GettingStartedDialog", u"Close", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi
