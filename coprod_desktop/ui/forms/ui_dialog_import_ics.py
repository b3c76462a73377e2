# -*- coding: utf-8 -*-


from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QAbstractButton, QAbstractItemView, QApplication, QCheckBox,
    QComboBox, QDialog, QDialogButtonBox, QHBoxLayout,
    QHeaderView, QLabel, QLineEdit, QListWidget,
    QListWidgetItem, QPushButton, QSizePolicy, QSplitter,
    QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget)

class Ui_ImportIcsDialog(object):
    def setupUi(self, ImportIcsDialog):
        if not ImportIcsDialog.objectName():
            ImportIcsDialog.setObjectName(u"ImportIcsDialog")
        ImportIcsDialog.resize(900, 700)
        self.mainLayout = QVBoxLayout(ImportIcsDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.intro = QLabel(ImportIcsDialog)
        self.intro.setObjectName(u"intro")
        self.intro.setWordWrap(True)

        self.mainLayout.addWidget(self.intro)

        self.fileRow = QHBoxLayout()
        self.fileRow.setObjectName(u"fileRow")
        self.fileLabel = QLabel(ImportIcsDialog)
        self.fileLabel.setObjectName(u"fileLabel")

        self.fileRow.addWidget(self.fileLabel)

        self.fileName = QLineEdit(ImportIcsDialog)
        self.fileName.setObjectName(u"fileName")
        self.fileName.setReadOnly(True)

        self.fileRow.addWidget(self.fileName)

        self.chooseButton = QPushButton(ImportIcsDialog)
        self.chooseButton.setObjectName(u"chooseButton")

        self.fileRow.addWidget(self.chooseButton)


        self.mainLayout.addLayout(self.fileRow)

        self.organisationRow = QHBoxLayout()
        self.organisationRow.setObjectName(u"organisationRow")
        self.organisationLabel = QLabel(ImportIcsDialog)
        self.organisationLabel.setObjectName(u"organisationLabel")

        self.organisationRow.addWidget(self.organisationLabel)

        self.organisation = QComboBox(ImportIcsDialog)
        self.organisation.setObjectName(u"organisation")

        self.organisationRow.addWidget(self.organisation)


        self.mainLayout.addLayout(self.organisationRow)

        self.skipRefused = QCheckBox(ImportIcsDialog)
        self.skipRefused.setObjectName(u"skipRefused")

        self.mainLayout.addWidget(self.skipRefused)

        self.summary = QLabel(ImportIcsDialog)
        self.summary.setObjectName(u"summary")
        self.summary.setWordWrap(True)
        self.summary.setTextInteractionFlags(Qt.TextSelectableByMouse|Qt.TextSelectableByKeyboard)

        self.mainLayout.addWidget(self.summary)

        self.previewSplit = QSplitter(ImportIcsDialog)
        self.previewSplit.setObjectName(u"previewSplit")
        self.previewSplit.setOrientation(Qt.Vertical)
        self.previewSplit.setChildrenCollapsible(False)
        self.createdPane = QWidget(self.previewSplit)
        self.createdPane.setObjectName(u"createdPane")
        self.createdLayout = QVBoxLayout(self.createdPane)
        self.createdLayout.setObjectName(u"createdLayout")
        self.createdLayout.setContentsMargins(0, 0, 0, 0)
        self.createdLabel = QLabel(self.createdPane)
        self.createdLabel.setObjectName(u"createdLabel")
        self.createdLabel.setWordWrap(True)

        self.createdLayout.addWidget(self.createdLabel)

        self.previewTable = QTableWidget(self.createdPane)
        self.previewTable.setObjectName(u"previewTable")
        self.previewTable.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.previewTable.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.previewTable.setAlternatingRowColors(True)

        self.createdLayout.addWidget(self.previewTable)

        self.previewSplit.addWidget(self.createdPane)
        self.refusedPane = QWidget(self.previewSplit)
        self.refusedPane.setObjectName(u"refusedPane")
        self.refusedLayout = QVBoxLayout(self.refusedPane)
        self.refusedLayout.setObjectName(u"refusedLayout")
        self.refusedLayout.setContentsMargins(0, 0, 0, 0)
        self.refusedLabel = QLabel(self.refusedPane)
        self.refusedLabel.setObjectName(u"refusedLabel")
        self.refusedLabel.setWordWrap(True)

        self.refusedLayout.addWidget(self.refusedLabel)

        self.refusedList = QListWidget(self.refusedPane)
        self.refusedList.setObjectName(u"refusedList")
        self.refusedList.setWordWrap(True)

        self.refusedLayout.addWidget(self.refusedList)

        self.previewSplit.addWidget(self.refusedPane)

        self.mainLayout.addWidget(self.previewSplit)

        self.buttonBox = QDialogButtonBox(ImportIcsDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Ok)

        self.mainLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.fileLabel.setBuddy(self.chooseButton)
        self.organisationLabel.setBuddy(self.organisation)
        self.createdLabel.setBuddy(self.previewTable)
        self.refusedLabel.setBuddy(self.refusedList)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(ImportIcsDialog)

        QMetaObject.connectSlotsByName(ImportIcsDialog)
    # setupUi

    def retranslateUi(self, ImportIcsDialog):
        ImportIcsDialog.setWindowTitle(QCoreApplication.translate("ImportIcsDialog", u"Import meeting invites (.ics)", None))
        self.intro.setText(QCoreApplication.translate("ImportIcsDialog", u"Meeting invites from your calendar (.ics) become draft activities. Drafts are left out of claims and figures until you confirm each one with its preparation and travel time. Invites already imported are left out.", None))
        self.fileLabel.setText(QCoreApplication.translate("ImportIcsDialog", u"&File:", None))
#if QT_CONFIG(accessibility)
        self.fileName.setAccessibleName(QCoreApplication.translate("ImportIcsDialog", u"Chosen file", None))
#endif // QT_CONFIG(accessibility)
        self.fileName.setPlaceholderText(QCoreApplication.translate("ImportIcsDialog", u"No file chosen yet", None))
#if QT_CONFIG(accessibility)
        self.chooseButton.setAccessibleName(QCoreApplication.translate("ImportIcsDialog", u"Choose the file", None))
#endif // QT_CONFIG(accessibility)
        self.chooseButton.setText(QCoreApplication.translate("ImportIcsDialog", u"&Choose file\u2026", None))
        self.organisationLabel.setText(QCoreApplication.translate("ImportIcsDialog", u"&Organisation:", None))
#if QT_CONFIG(accessibility)
        self.organisation.setAccessibleName(QCoreApplication.translate("ImportIcsDialog", u"Organisation for the invites", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.organisation.setAccessibleDescription(QCoreApplication.translate("ImportIcsDialog", u"Guessed from the organiser's email when not chosen", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.skipRefused.setAccessibleName(QCoreApplication.translate("ImportIcsDialog", u"Import the events that can be and skip the refused ones", None))
#endif // QT_CONFIG(accessibility)
        self.skipRefused.setText(QCoreApplication.translate("ImportIcsDialog", u"Import the events that can be and &skip the refused ones", None))
#if QT_CONFIG(accessibility)
        self.summary.setAccessibleName(QCoreApplication.translate("ImportIcsDialog", u"Preview summary", None))
#endif // QT_CONFIG(accessibility)
        self.summary.setText(QCoreApplication.translate("ImportIcsDialog", u"Choose a file to see what would be imported.", None))
        self.createdLabel.setText(QCoreApplication.translate("ImportIcsDialog", u"Records to &create:", None))
#if QT_CONFIG(accessibility)
        self.previewTable.setAccessibleName(QCoreApplication.translate("ImportIcsDialog", u"Records that will be created", None))
#endif // QT_CONFIG(accessibility)
        self.refusedLabel.setText(QCoreApplication.translate("ImportIcsDialog", u"&Refused, with the reason:", None))
#if QT_CONFIG(accessibility)
        self.refusedList.setAccessibleName(QCoreApplication.translate("ImportIcsDialog", u"Refused rows and why", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi
