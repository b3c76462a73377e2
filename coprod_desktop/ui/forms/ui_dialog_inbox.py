# -*- coding: utf-8 -*-


from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QAbstractButton, QApplication, QComboBox, QDialog,
    QDialogButtonBox, QFormLayout, QHBoxLayout, QLabel,
    QListWidget, QListWidgetItem, QPushButton, QSizePolicy,
    QSpacerItem, QVBoxLayout, QWidget)

class Ui_InboxDialog(object):
    def setupUi(self, InboxDialog):
        if not InboxDialog.objectName():
            InboxDialog.setObjectName(u"InboxDialog")
        InboxDialog.resize(680, 480)
        self.mainLayout = QVBoxLayout(InboxDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.intro = QLabel(InboxDialog)
        self.intro.setObjectName(u"intro")
        self.intro.setWordWrap(True)

        self.mainLayout.addWidget(self.intro)

        self.folderRow = QHBoxLayout()
        self.folderRow.setObjectName(u"folderRow")
        self.folder = QLabel(InboxDialog)
        self.folder.setObjectName(u"folder")
        self.folder.setWordWrap(True)
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        sizePolicy.setHorizontalStretch(1)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.folder.sizePolicy().hasHeightForWidth())
        self.folder.setSizePolicy(sizePolicy)

        self.folderRow.addWidget(self.folder)

        self.chooseFolder = QPushButton(InboxDialog)
        self.chooseFolder.setObjectName(u"chooseFolder")

        self.folderRow.addWidget(self.chooseFolder)

        self.scan = QPushButton(InboxDialog)
        self.scan.setObjectName(u"scan")

        self.folderRow.addWidget(self.scan)


        self.mainLayout.addLayout(self.folderRow)

        self.receipts = QListWidget(InboxDialog)
        self.receipts.setObjectName(u"receipts")
        self.receipts.setWordWrap(True)

        self.mainLayout.addWidget(self.receipts)

        self.status = QLabel(InboxDialog)
        self.status.setObjectName(u"status")
        self.status.setWordWrap(True)

        self.mainLayout.addWidget(self.status)

        self.attachForm = QFormLayout()
        self.attachForm.setObjectName(u"attachForm")
        self.attachForm.setFieldGrowthPolicy(QFormLayout.AllNonFixedFieldsGrow)
        self.attachForm.setRowWrapPolicy(QFormLayout.WrapLongRows)
        self.expenseLabel = QLabel(InboxDialog)
        self.expenseLabel.setObjectName(u"expenseLabel")
        self.expenseLabel.setWordWrap(True)

        self.attachForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.expenseLabel)

        self.expense = QComboBox(InboxDialog)
        self.expense.setObjectName(u"expense")

        self.attachForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.expense)


        self.mainLayout.addLayout(self.attachForm)

        self.actionRow = QHBoxLayout()
        self.actionRow.setObjectName(u"actionRow")
        self.attach = QPushButton(InboxDialog)
        self.attach.setObjectName(u"attach")

        self.actionRow.addWidget(self.attach)

        self.newExpense = QPushButton(InboxDialog)
        self.newExpense.setObjectName(u"newExpense")

        self.actionRow.addWidget(self.newExpense)

        self.setAside = QPushButton(InboxDialog)
        self.setAside.setObjectName(u"setAside")

        self.actionRow.addWidget(self.setAside)

        self.actionSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.actionRow.addItem(self.actionSpacer)


        self.mainLayout.addLayout(self.actionRow)

        self.buttonBox = QDialogButtonBox(InboxDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.Close)

        self.mainLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.expenseLabel.setBuddy(self.expense)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(InboxDialog)

        QMetaObject.connectSlotsByName(InboxDialog)
    # setupUi

    def retranslateUi(self, InboxDialog):
        InboxDialog.setWindowTitle(QCoreApplication.translate("InboxDialog", u"Receipts inbox", None))
        self.intro.setText(QCoreApplication.translate("InboxDialog", u"Photos and PDFs your phone puts in the inbox folder appear here once. Attach each to an expense, or start a new expense with it. The files in the folder are never changed.", None))
        self.folder.setText("")
#if QT_CONFIG(accessibility)
        self.folder.setAccessibleName(QCoreApplication.translate("InboxDialog", u"Inbox folder", None))
#endif // QT_CONFIG(accessibility)
        self.chooseFolder.setText(QCoreApplication.translate("InboxDialog", u"&Choose folder\u2026", None))
#if QT_CONFIG(accessibility)
        self.chooseFolder.setAccessibleName(QCoreApplication.translate("InboxDialog", u"Choose the receipts inbox folder", None))
#endif // QT_CONFIG(accessibility)
        self.scan.setText(QCoreApplication.translate("InboxDialog", u"&Look for new files", None))
#if QT_CONFIG(accessibility)
        self.scan.setAccessibleName(QCoreApplication.translate("InboxDialog", u"Look for new files in the inbox folder", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.receipts.setAccessibleName(QCoreApplication.translate("InboxDialog", u"Unfiled receipts", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.receipts.setAccessibleDescription(QCoreApplication.translate("InboxDialog", u"Receipts picked up from the inbox folder and not yet attached to an expense.", None))
#endif // QT_CONFIG(accessibility)
        self.status.setText("")
#if QT_CONFIG(accessibility)
        self.status.setAccessibleName(QCoreApplication.translate("InboxDialog", u"Inbox status", None))
#endif // QT_CONFIG(accessibility)
        self.expenseLabel.setText(QCoreApplication.translate("InboxDialog", u"E&xpense:", None))
#if QT_CONFIG(accessibility)
        self.expense.setAccessibleName(QCoreApplication.translate("InboxDialog", u"Expense to attach the receipt to", None))
#endif // QT_CONFIG(accessibility)
        self.attach.setText(QCoreApplication.translate("InboxDialog", u"&Attach to this expense", None))
#if QT_CONFIG(accessibility)
        self.attach.setAccessibleName(QCoreApplication.translate("InboxDialog", u"Attach the chosen receipt to the chosen expense", None))
#endif // QT_CONFIG(accessibility)
        self.newExpense.setText(QCoreApplication.translate("InboxDialog", u"&New expense with it\u2026", None))
#if QT_CONFIG(accessibility)
        self.newExpense.setAccessibleName(QCoreApplication.translate("InboxDialog", u"Start a new expense with the chosen receipt", None))
#endif // QT_CONFIG(accessibility)
        self.setAside.setText(QCoreApplication.translate("InboxDialog", u"Set a&side", None))
#if QT_CONFIG(accessibility)
        self.setAside.setAccessibleName(QCoreApplication.translate("InboxDialog", u"Set the chosen receipt aside", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi
