# -*- coding: utf-8 -*-


from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QAbstractButton, QAbstractItemView, QApplication, QCheckBox,
    QComboBox, QDialog, QDialogButtonBox, QFormLayout,
    QGroupBox, QHBoxLayout, QHeaderView, QLabel,
    QLineEdit, QListWidget, QListWidgetItem, QPushButton,
    QScrollArea, QSizePolicy, QSpacerItem, QSplitter,
    QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget)

class Ui_ImportCsvDialog(object):
    def setupUi(self, ImportCsvDialog):
        if not ImportCsvDialog.objectName():
            ImportCsvDialog.setObjectName(u"ImportCsvDialog")
        ImportCsvDialog.resize(900, 700)
        self.mainLayout = QVBoxLayout(ImportCsvDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.intro = QLabel(ImportCsvDialog)
        self.intro.setObjectName(u"intro")
        self.intro.setWordWrap(True)

        self.mainLayout.addWidget(self.intro)

        self.fileRow = QHBoxLayout()
        self.fileRow.setObjectName(u"fileRow")
        self.fileLabel = QLabel(ImportCsvDialog)
        self.fileLabel.setObjectName(u"fileLabel")

        self.fileRow.addWidget(self.fileLabel)

        self.fileName = QLineEdit(ImportCsvDialog)
        self.fileName.setObjectName(u"fileName")
        self.fileName.setReadOnly(True)

        self.fileRow.addWidget(self.fileName)

        self.chooseButton = QPushButton(ImportCsvDialog)
        self.chooseButton.setObjectName(u"chooseButton")

        self.fileRow.addWidget(self.chooseButton)


        self.mainLayout.addLayout(self.fileRow)

        self.kindRow = QHBoxLayout()
        self.kindRow.setObjectName(u"kindRow")
        self.kindLabel = QLabel(ImportCsvDialog)
        self.kindLabel.setObjectName(u"kindLabel")

        self.kindRow.addWidget(self.kindLabel)

        self.kind = QComboBox(ImportCsvDialog)
        self.kind.setObjectName(u"kind")

        self.kindRow.addWidget(self.kind)

        self.kindSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.kindRow.addItem(self.kindSpacer)


        self.mainLayout.addLayout(self.kindRow)

        self.columnsBox = QGroupBox(ImportCsvDialog)
        self.columnsBox.setObjectName(u"columnsBox")
        self.columnsLayout = QVBoxLayout(self.columnsBox)
        self.columnsLayout.setObjectName(u"columnsLayout")
        self.columnsScroll = QScrollArea(self.columnsBox)
        self.columnsScroll.setObjectName(u"columnsScroll")
        self.columnsScroll.setWidgetResizable(True)
        self.columnsHolder = QWidget()
        self.columnsHolder.setObjectName(u"columnsHolder")
        self.columnsForm = QFormLayout(self.columnsHolder)
        self.columnsForm.setObjectName(u"columnsForm")
        self.columnsForm.setFieldGrowthPolicy(QFormLayout.AllNonFixedFieldsGrow)
        self.columnsScroll.setWidget(self.columnsHolder)

        self.columnsLayout.addWidget(self.columnsScroll)


        self.mainLayout.addWidget(self.columnsBox)

        self.optionsBox = QGroupBox(ImportCsvDialog)
        self.optionsBox.setObjectName(u"optionsBox")
        self.optionsForm = QFormLayout(self.optionsBox)
        self.optionsForm.setObjectName(u"optionsForm")
        self.optionsForm.setRowWrapPolicy(QFormLayout.WrapLongRows)
        self.organisationLabel = QLabel(self.optionsBox)
        self.organisationLabel.setObjectName(u"organisationLabel")
        self.organisationLabel.setWordWrap(True)

        self.optionsForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.organisationLabel)

        self.organisation = QComboBox(self.optionsBox)
        self.organisation.setObjectName(u"organisation")

        self.optionsForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.organisation)

        self.createOrgs = QCheckBox(self.optionsBox)
        self.createOrgs.setObjectName(u"createOrgs")

        self.optionsForm.setWidget(1, QFormLayout.ItemRole.SpanningRole, self.createOrgs)

        self.skipRefused = QCheckBox(self.optionsBox)
        self.skipRefused.setObjectName(u"skipRefused")

        self.optionsForm.setWidget(2, QFormLayout.ItemRole.SpanningRole, self.skipRefused)


        self.mainLayout.addWidget(self.optionsBox)

        self.summary = QLabel(ImportCsvDialog)
        self.summary.setObjectName(u"summary")
        self.summary.setWordWrap(True)
        self.summary.setTextInteractionFlags(Qt.TextSelectableByMouse|Qt.TextSelectableByKeyboard)

        self.mainLayout.addWidget(self.summary)

        self.previewSplit = QSplitter(ImportCsvDialog)
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

        self.buttonBox = QDialogButtonBox(ImportCsvDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Ok)

        self.mainLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.fileLabel.setBuddy(self.chooseButton)
        self.kindLabel.setBuddy(self.kind)
        self.organisationLabel.setBuddy(self.organisation)
        self.createdLabel.setBuddy(self.previewTable)
        self.refusedLabel.setBuddy(self.refusedList)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(ImportCsvDialog)

        QMetaObject.connectSlotsByName(ImportCsvDialog)
    # setupUi

    def retranslateUi(self, ImportCsvDialog):
        ImportCsvDialog.setWindowTitle(QCoreApplication.translate("ImportCsvDialog", u"Import a spreadsheet (CSV)", None))
        self.intro.setText(QCoreApplication.translate("ImportCsvDialog", u"Bring in activities or expenses from your own spreadsheet, saved as CSV. Nothing is saved until you press Import; if any row is refused, nothing is imported unless you choose to skip the refused rows.", None))
        self.fileLabel.setText(QCoreApplication.translate("ImportCsvDialog", u"&File:", None))
#if QT_CONFIG(accessibility)
        self.fileName.setAccessibleName(QCoreApplication.translate("ImportCsvDialog", u"Chosen file", None))
#endif // QT_CONFIG(accessibility)
        self.fileName.setPlaceholderText(QCoreApplication.translate("ImportCsvDialog", u"No file chosen yet", None))
#if QT_CONFIG(accessibility)
        self.chooseButton.setAccessibleName(QCoreApplication.translate("ImportCsvDialog", u"Choose the file", None))
#endif // QT_CONFIG(accessibility)
        self.chooseButton.setText(QCoreApplication.translate("ImportCsvDialog", u"&Choose file\u2026", None))
        self.kindLabel.setText(QCoreApplication.translate("ImportCsvDialog", u"&Records in the file:", None))
#if QT_CONFIG(accessibility)
        self.kind.setAccessibleName(QCoreApplication.translate("ImportCsvDialog", u"Kind of records in the file", None))
#endif // QT_CONFIG(accessibility)
        self.columnsBox.setTitle(QCoreApplication.translate("ImportCsvDialog", u"Which column holds what", None))
#if QT_CONFIG(accessibility)
        self.columnsScroll.setAccessibleName(QCoreApplication.translate("ImportCsvDialog", u"Columns of the file", None))
#endif // QT_CONFIG(accessibility)
        self.optionsBox.setTitle(QCoreApplication.translate("ImportCsvDialog", u"Choices", None))
        self.organisationLabel.setText(QCoreApplication.translate("ImportCsvDialog", u"&Organisation for rows that name none:", None))
#if QT_CONFIG(accessibility)
        self.organisation.setAccessibleName(QCoreApplication.translate("ImportCsvDialog", u"Organisation for rows that name none", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.createOrgs.setAccessibleName(QCoreApplication.translate("ImportCsvDialog", u"Add organisations the file names that are new", None))
#endif // QT_CONFIG(accessibility)
        self.createOrgs.setText(QCoreApplication.translate("ImportCsvDialog", u"&Add organisations the file names that are new", None))
#if QT_CONFIG(accessibility)
        self.skipRefused.setAccessibleName(QCoreApplication.translate("ImportCsvDialog", u"Import the good rows and skip the refused ones", None))
#endif // QT_CONFIG(accessibility)
        self.skipRefused.setText(QCoreApplication.translate("ImportCsvDialog", u"Import the good rows and &skip the refused ones", None))
#if QT_CONFIG(accessibility)
        self.summary.setAccessibleName(QCoreApplication.translate("ImportCsvDialog", u"Preview summary", None))
#endif // QT_CONFIG(accessibility)
        self.summary.setText(QCoreApplication.translate("ImportCsvDialog", u"Choose a file to see what would be imported.", None))
        self.createdLabel.setText(QCoreApplication.translate("ImportCsvDialog", u"Records to &create:", None))
#if QT_CONFIG(accessibility)
        self.previewTable.setAccessibleName(QCoreApplication.translate("ImportCsvDialog", u"Records that will be created", None))
#endif // QT_CONFIG(accessibility)
        self.refusedLabel.setText(QCoreApplication.translate("ImportCsvDialog", u"&Refused, with the reason:", None))
#if QT_CONFIG(accessibility)
        self.refusedList.setAccessibleName(QCoreApplication.translate("ImportCsvDialog", u"Refused rows and why", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi
