# -*- coding: utf-8 -*-


from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QAbstractButton, QApplication, QCheckBox, QDialog,
    QDialogButtonBox, QGroupBox, QHBoxLayout, QLabel,
    QPushButton, QScrollArea, QSizePolicy, QSpacerItem,
    QVBoxLayout, QWidget)

class Ui_ClaimPdfDialog(object):
    def setupUi(self, ClaimPdfDialog):
        if not ClaimPdfDialog.objectName():
            ClaimPdfDialog.setObjectName(u"ClaimPdfDialog")
        ClaimPdfDialog.resize(760, 720)
        self.mainLayout = QVBoxLayout(ClaimPdfDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.optionsBox = QGroupBox(ClaimPdfDialog)
        self.optionsBox.setObjectName(u"optionsBox")
        self.optionsLayout = QVBoxLayout(self.optionsBox)
        self.optionsLayout.setObjectName(u"optionsLayout")
        self.showBank = QCheckBox(self.optionsBox)
        self.showBank.setObjectName(u"showBank")

        self.optionsLayout.addWidget(self.showBank)

        self.unmasked = QCheckBox(self.optionsBox)
        self.unmasked.setObjectName(u"unmasked")

        self.optionsLayout.addWidget(self.unmasked)

        self.largePrint = QCheckBox(self.optionsBox)
        self.largePrint.setObjectName(u"largePrint")

        self.optionsLayout.addWidget(self.largePrint)

        self.keptNote = QLabel(self.optionsBox)
        self.keptNote.setObjectName(u"keptNote")
        self.keptNote.setWordWrap(True)

        self.optionsLayout.addWidget(self.keptNote)


        self.mainLayout.addWidget(self.optionsBox)

        self.status = QLabel(ClaimPdfDialog)
        self.status.setObjectName(u"status")
        self.status.setWordWrap(True)
        self.status.setTextInteractionFlags(Qt.TextSelectableByMouse)

        self.mainLayout.addWidget(self.status)

        self.pagesArea = QScrollArea(ClaimPdfDialog)
        self.pagesArea.setObjectName(u"pagesArea")
        self.pagesArea.setWidgetResizable(True)
        self.pagesHolder = QWidget()
        self.pagesHolder.setObjectName(u"pagesHolder")
        self.pagesLayout = QVBoxLayout(self.pagesHolder)
        self.pagesLayout.setObjectName(u"pagesLayout")
        self.pagesArea.setWidget(self.pagesHolder)

        self.mainLayout.addWidget(self.pagesArea)

        self.buttonsLayout = QHBoxLayout()
        self.buttonsLayout.setObjectName(u"buttonsLayout")
        self.saveAs = QPushButton(ClaimPdfDialog)
        self.saveAs.setObjectName(u"saveAs")

        self.buttonsLayout.addWidget(self.saveAs)

        self.openViewer = QPushButton(ClaimPdfDialog)
        self.openViewer.setObjectName(u"openViewer")

        self.buttonsLayout.addWidget(self.openViewer)

        self.printButton = QPushButton(ClaimPdfDialog)
        self.printButton.setObjectName(u"printButton")

        self.buttonsLayout.addWidget(self.printButton)

        self.buttonsSpacer = QSpacerItem(20, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttonsLayout.addItem(self.buttonsSpacer)

        self.buttonBox = QDialogButtonBox(ClaimPdfDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Close)

        self.buttonsLayout.addWidget(self.buttonBox)


        self.mainLayout.addLayout(self.buttonsLayout)

        QWidget.setTabOrder(self.showBank, self.unmasked)
        QWidget.setTabOrder(self.unmasked, self.largePrint)
        QWidget.setTabOrder(self.largePrint, self.pagesArea)
        QWidget.setTabOrder(self.pagesArea, self.saveAs)
        QWidget.setTabOrder(self.saveAs, self.openViewer)
        QWidget.setTabOrder(self.openViewer, self.printButton)
        QWidget.setTabOrder(self.printButton, self.buttonBox)

        self.retranslateUi(ClaimPdfDialog)

        QMetaObject.connectSlotsByName(ClaimPdfDialog)
    # setupUi

    def retranslateUi(self, ClaimPdfDialog):
        ClaimPdfDialog.setWindowTitle(QCoreApplication.translate("ClaimPdfDialog", u"Claim PDF", None))
        self.optionsBox.setTitle(QCoreApplication.translate("ClaimPdfDialog", u"What the PDF shows", None))
        self.showBank.setText(QCoreApplication.translate("ClaimPdfDialog", u"Print my &bank details", None))
#if QT_CONFIG(accessibility)
        self.showBank.setAccessibleName(QCoreApplication.translate("ClaimPdfDialog", u"Print my bank details", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.showBank.setAccessibleDescription(QCoreApplication.translate("ClaimPdfDialog", u"Only the last digits are shown unless you also tick In full", None))
#endif // QT_CONFIG(accessibility)
        self.unmasked.setText(QCoreApplication.translate("ClaimPdfDialog", u"In &full (not masked)", None))
#if QT_CONFIG(accessibility)
        self.unmasked.setAccessibleName(QCoreApplication.translate("ClaimPdfDialog", u"Print the bank details in full", None))
#endif // QT_CONFIG(accessibility)
        self.largePrint.setText(QCoreApplication.translate("ClaimPdfDialog", u"&Large print", None))
#if QT_CONFIG(accessibility)
        self.largePrint.setAccessibleName(QCoreApplication.translate("ClaimPdfDialog", u"Large print", None))
#endif // QT_CONFIG(accessibility)
        self.keptNote.setText("")
#if QT_CONFIG(accessibility)
        self.keptNote.setAccessibleName(QCoreApplication.translate("ClaimPdfDialog", u"About the PDF kept when the claim was submitted", None))
#endif // QT_CONFIG(accessibility)
        self.status.setText("")
#if QT_CONFIG(accessibility)
        self.status.setAccessibleName(QCoreApplication.translate("ClaimPdfDialog", u"PDF status", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.pagesArea.setAccessibleName(QCoreApplication.translate("ClaimPdfDialog", u"Pages of the claim PDF", None))
#endif // QT_CONFIG(accessibility)
        self.saveAs.setText(QCoreApplication.translate("ClaimPdfDialog", u"&Save as\u2026", None))
#if QT_CONFIG(accessibility)
        self.saveAs.setAccessibleName(QCoreApplication.translate("ClaimPdfDialog", u"Save the PDF as a file", None))
#endif // QT_CONFIG(accessibility)
        self.openViewer.setText(QCoreApplication.translate("ClaimPdfDialog", u"&Open in PDF viewer", None))
#if QT_CONFIG(accessibility)
        self.openViewer.setAccessibleName(QCoreApplication.translate("ClaimPdfDialog", u"Open the PDF in your PDF viewer", None))
#endif // QT_CONFIG(accessibility)
        self.printButton.setText(QCoreApplication.translate("ClaimPdfDialog", u"&Print\u2026", None))
#if QT_CONFIG(tooltip)
        self.printButton.setToolTip(QCoreApplication.translate("ClaimPdfDialog", u"Print the PDF on one of this computer's printers, or to a PDF file (Ctrl+P)", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.printButton.setAccessibleName(QCoreApplication.translate("ClaimPdfDialog", u"Print the PDF", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi
