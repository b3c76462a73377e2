# -*- coding: utf-8 -*-


from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QCheckBox, QComboBox,
    QFrame, QGridLayout, QHBoxLayout, QHeaderView,
    QLabel, QLineEdit, QPushButton, QSizePolicy,
    QSpacerItem, QTableView, QVBoxLayout, QWidget)

from coprod_desktop.ui.widgets.date_field import DateField

class Ui_ClaimsPage(object):
    def setupUi(self, ClaimsPage):
        if not ClaimsPage.objectName():
            ClaimsPage.setObjectName(u"ClaimsPage")
        ClaimsPage.resize(900, 700)
        self.outerLayout = QVBoxLayout(ClaimsPage)
        self.outerLayout.setObjectName(u"outerLayout")
        self.heading = QLabel(ClaimsPage)
        self.heading.setObjectName(u"heading")

        self.outerLayout.addWidget(self.heading)

        self.hintLabel = QLabel(ClaimsPage)
        self.hintLabel.setObjectName(u"hintLabel")
        self.hintLabel.setWordWrap(True)

        self.outerLayout.addWidget(self.hintLabel)

        self.emptyFrame = QFrame(ClaimsPage)
        self.emptyFrame.setObjectName(u"emptyFrame")
        self.emptyFrame.setFrameShape(QFrame.Shape.StyledPanel)
        self.emptyLayout = QHBoxLayout(self.emptyFrame)
        self.emptyLayout.setObjectName(u"emptyLayout")
        self.emptyLabel = QLabel(self.emptyFrame)
        self.emptyLabel.setObjectName(u"emptyLabel")
        self.emptyLabel.setWordWrap(True)

        self.emptyLayout.addWidget(self.emptyLabel)

        self.emptyButton = QPushButton(self.emptyFrame)
        self.emptyButton.setObjectName(u"emptyButton")

        self.emptyLayout.addWidget(self.emptyButton)

        self.emptyLayout.setStretch(0, 1)

        self.outerLayout.addWidget(self.emptyFrame)

        self.actionsLayout = QHBoxLayout()
        self.actionsLayout.setObjectName(u"actionsLayout")
        self.newButton = QPushButton(ClaimsPage)
        self.newButton.setObjectName(u"newButton")

        self.actionsLayout.addWidget(self.newButton)

        self.submitButton = QPushButton(ClaimsPage)
        self.submitButton.setObjectName(u"submitButton")

        self.actionsLayout.addWidget(self.submitButton)

        self.paymentButton = QPushButton(ClaimsPage)
        self.paymentButton.setObjectName(u"paymentButton")

        self.actionsLayout.addWidget(self.paymentButton)

        self.disputeButton = QPushButton(ClaimsPage)
        self.disputeButton.setObjectName(u"disputeButton")

        self.actionsLayout.addWidget(self.disputeButton)

        self.reopenButton = QPushButton(ClaimsPage)
        self.reopenButton.setObjectName(u"reopenButton")

        self.actionsLayout.addWidget(self.reopenButton)

        self.voidButton = QPushButton(ClaimsPage)
        self.voidButton.setObjectName(u"voidButton")

        self.actionsLayout.addWidget(self.voidButton)

        self.deleteButton = QPushButton(ClaimsPage)
        self.deleteButton.setObjectName(u"deleteButton")

        self.actionsLayout.addWidget(self.deleteButton)

        self.pdfButton = QPushButton(ClaimsPage)
        self.pdfButton.setObjectName(u"pdfButton")

        self.actionsLayout.addWidget(self.pdfButton)

        self.chaseButton = QPushButton(ClaimsPage)
        self.chaseButton.setObjectName(u"chaseButton")

        self.actionsLayout.addWidget(self.chaseButton)

        self.emailButton = QPushButton(ClaimsPage)
        self.emailButton.setObjectName(u"emailButton")

        self.actionsLayout.addWidget(self.emailButton)

        self.actionsSpacer = QSpacerItem(20, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.actionsLayout.addItem(self.actionsSpacer)


        self.outerLayout.addLayout(self.actionsLayout)

        self.actionDateLayout = QHBoxLayout()
        self.actionDateLayout.setObjectName(u"actionDateLayout")
        self.actionDateLabel = QLabel(ClaimsPage)
        self.actionDateLabel.setObjectName(u"actionDateLabel")

        self.actionDateLayout.addWidget(self.actionDateLabel)

        self.actionDate = DateField(ClaimsPage)
        self.actionDate.setObjectName(u"actionDate")
        self.actionDate.setCalendarPopup(True)

        self.actionDateLayout.addWidget(self.actionDate)

        self.actionDateSpacer = QSpacerItem(20, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.actionDateLayout.addItem(self.actionDateSpacer)


        self.outerLayout.addLayout(self.actionDateLayout)

        self.filterGrid = QGridLayout()
        self.filterGrid.setObjectName(u"filterGrid")
        self.searchLabel = QLabel(ClaimsPage)
        self.searchLabel.setObjectName(u"searchLabel")

        self.filterGrid.addWidget(self.searchLabel, 0, 0, 1, 1)

        self.searchEdit = QLineEdit(ClaimsPage)
        self.searchEdit.setObjectName(u"searchEdit")
        self.searchEdit.setClearButtonEnabled(True)

        self.filterGrid.addWidget(self.searchEdit, 0, 1, 1, 3)

        self.orgLabel = QLabel(ClaimsPage)
        self.orgLabel.setObjectName(u"orgLabel")

        self.filterGrid.addWidget(self.orgLabel, 0, 4, 1, 1)

        self.orgCombo = QComboBox(ClaimsPage)
        self.orgCombo.setObjectName(u"orgCombo")
        self.orgCombo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.orgCombo.setMinimumContentsLength(18)

        self.filterGrid.addWidget(self.orgCombo, 0, 5, 1, 1)

        self.fromCheck = QCheckBox(ClaimsPage)
        self.fromCheck.setObjectName(u"fromCheck")

        self.filterGrid.addWidget(self.fromCheck, 1, 0, 1, 1)

        self.fromDate = DateField(ClaimsPage)
        self.fromDate.setObjectName(u"fromDate")
        self.fromDate.setCalendarPopup(True)
        self.fromDate.setEnabled(False)

        self.filterGrid.addWidget(self.fromDate, 1, 1, 1, 1)

        self.toCheck = QCheckBox(ClaimsPage)
        self.toCheck.setObjectName(u"toCheck")

        self.filterGrid.addWidget(self.toCheck, 1, 2, 1, 1)

        self.toDate = DateField(ClaimsPage)
        self.toDate.setObjectName(u"toDate")
        self.toDate.setCalendarPopup(True)
        self.toDate.setEnabled(False)

        self.filterGrid.addWidget(self.toDate, 1, 3, 1, 1)

        self.statusLabel = QLabel(ClaimsPage)
        self.statusLabel.setObjectName(u"statusLabel")

        self.filterGrid.addWidget(self.statusLabel, 1, 4, 1, 1)

        self.statusCombo = QComboBox(ClaimsPage)
        self.statusCombo.setObjectName(u"statusCombo")
        self.statusCombo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.statusCombo.setMinimumContentsLength(18)

        self.filterGrid.addWidget(self.statusCombo, 1, 5, 1, 1)

        self.filterSpacer = QSpacerItem(20, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.filterGrid.addItem(self.filterSpacer, 0, 6, 2, 1)


        self.outerLayout.addLayout(self.filterGrid)

        self.tableView = QTableView(ClaimsPage)
        self.tableView.setObjectName(u"tableView")
        self.tableView.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.tableView.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.tableView.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.tableView.setAlternatingRowColors(True)
        self.tableView.setTabKeyNavigation(False)
        self.tableView.horizontalHeader().setStretchLastSection(True)
        self.tableView.verticalHeader().setVisible(False)

        self.outerLayout.addWidget(self.tableView)

        self.totalsLabel = QLabel(ClaimsPage)
        self.totalsLabel.setObjectName(u"totalsLabel")
        self.totalsLabel.setWordWrap(True)

        self.outerLayout.addWidget(self.totalsLabel)

        self.linesHeading = QLabel(ClaimsPage)
        self.linesHeading.setObjectName(u"linesHeading")

        self.outerLayout.addWidget(self.linesHeading)

        self.linesView = QTableView(ClaimsPage)
        self.linesView.setObjectName(u"linesView")
        self.linesView.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.linesView.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.linesView.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.linesView.setAlternatingRowColors(True)
        self.linesView.setTabKeyNavigation(False)
        self.linesView.horizontalHeader().setStretchLastSection(True)
        self.linesView.verticalHeader().setVisible(False)

        self.outerLayout.addWidget(self.linesView)

#if QT_CONFIG(shortcut)
        self.actionDateLabel.setBuddy(self.actionDate)
        self.searchLabel.setBuddy(self.searchEdit)
        self.orgLabel.setBuddy(self.orgCombo)
        self.statusLabel.setBuddy(self.statusCombo)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.emptyButton, self.newButton)
        QWidget.setTabOrder(self.newButton, self.submitButton)
        QWidget.setTabOrder(self.submitButton, self.paymentButton)
        QWidget.setTabOrder(self.paymentButton, self.disputeButton)
        QWidget.setTabOrder(self.disputeButton, self.reopenButton)
        QWidget.setTabOrder(self.reopenButton, self.voidButton)
        QWidget.setTabOrder(self.voidButton, self.deleteButton)
        QWidget.setTabOrder(self.deleteButton, self.pdfButton)
        QWidget.setTabOrder(self.pdfButton, self.chaseButton)
        QWidget.setTabOrder(self.chaseButton, self.emailButton)
        QWidget.setTabOrder(self.emailButton, self.actionDate)
        QWidget.setTabOrder(self.actionDate, self.searchEdit)
        QWidget.setTabOrder(self.searchEdit, self.orgCombo)
        QWidget.setTabOrder(self.orgCombo, self.fromCheck)
        QWidget.setTabOrder(self.fromCheck, self.fromDate)
        QWidget.setTabOrder(self.fromDate, self.toCheck)
        QWidget.setTabOrder(self.toCheck, self.toDate)
        QWidget.setTabOrder(self.toDate, self.statusCombo)
        QWidget.setTabOrder(self.statusCombo, self.tableView)
        QWidget.setTabOrder(self.tableView, self.linesView)

        self.retranslateUi(ClaimsPage)

        QMetaObject.connectSlotsByName(ClaimsPage)
    # setupUi

    def retranslateUi(self, ClaimsPage):
        ClaimsPage.setWindowTitle(QCoreApplication.translate("ClaimsPage", u"ClaimsPage", None))
        self.heading.setText(QCoreApplication.translate("ClaimsPage", u"ClaimsPage", None))
        self.hintLabel.setText("")
#if QT_CONFIG(accessibility)
        self.emptyFrame.setAccessibleName(QCoreApplication.translate("ClaimsPage", u"What to do first", None))
#endif // QT_CONFIG(accessibility)
        self.emptyLabel.setText("")
#if QT_CONFIG(accessibility)
        self.emptyLabel.setAccessibleName(QCoreApplication.translate("ClaimsPage", u"What to do first", None))
#endif // QT_CONFIG(accessibility)
        self.emptyButton.setText("")
#if QT_CONFIG(accessibility)
        self.newButton.setAccessibleName(QCoreApplication.translate("ClaimsPage", u"New claim", None))
#endif // QT_CONFIG(accessibility)
        self.newButton.setText(QCoreApplication.translate("ClaimsPage", u"&New claim\u2026", None))
#if QT_CONFIG(accessibility)
        self.submitButton.setAccessibleName(QCoreApplication.translate("ClaimsPage", u"Mark the selected claim submitted", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.submitButton.setAccessibleDescription(QCoreApplication.translate("ClaimsPage", u"Marks it submitted on the date of the change below", None))
#endif // QT_CONFIG(accessibility)
        self.submitButton.setText(QCoreApplication.translate("ClaimsPage", u"Su&bmit", None))
#if QT_CONFIG(accessibility)
        self.paymentButton.setAccessibleName(QCoreApplication.translate("ClaimsPage", u"Record a payment for the selected claim", None))
#endif // QT_CONFIG(accessibility)
        self.paymentButton.setText(QCoreApplication.translate("ClaimsPage", u"Record &payment\u2026", None))
#if QT_CONFIG(accessibility)
        self.disputeButton.setAccessibleName(QCoreApplication.translate("ClaimsPage", u"Mark the selected claim disputed", None))
#endif // QT_CONFIG(accessibility)
        self.disputeButton.setText(QCoreApplication.translate("ClaimsPage", u"D&ispute", None))
#if QT_CONFIG(accessibility)
        self.reopenButton.setAccessibleName(QCoreApplication.translate("ClaimsPage", u"Reopen the selected disputed claim", None))
#endif // QT_CONFIG(accessibility)
        self.reopenButton.setText(QCoreApplication.translate("ClaimsPage", u"&Reopen", None))
#if QT_CONFIG(accessibility)
        self.voidButton.setAccessibleName(QCoreApplication.translate("ClaimsPage", u"Void the selected claim", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.voidButton.setAccessibleDescription(QCoreApplication.translate("ClaimsPage", u"Frees its fees and expenses for a new claim", None))
#endif // QT_CONFIG(accessibility)
        self.voidButton.setText(QCoreApplication.translate("ClaimsPage", u"&Void", None))
#if QT_CONFIG(accessibility)
        self.deleteButton.setAccessibleName(QCoreApplication.translate("ClaimsPage", u"Delete the selected draft claim", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.deleteButton.setAccessibleDescription(QCoreApplication.translate("ClaimsPage", u"Deletes at once; Undo in the Edit menu brings it back", None))
#endif // QT_CONFIG(accessibility)
        self.deleteButton.setText(QCoreApplication.translate("ClaimsPage", u"&Delete draft", None))
#if QT_CONFIG(accessibility)
        self.pdfButton.setAccessibleName(QCoreApplication.translate("ClaimsPage", u"Claim PDF of the selected claim", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.pdfButton.setAccessibleDescription(QCoreApplication.translate("ClaimsPage", u"Preview the claim as a PDF with its receipts, save it or open it in your PDF viewer", None))
#endif // QT_CONFIG(accessibility)
        self.pdfButton.setText(QCoreApplication.translate("ClaimsPage", u"&Claim PDF\u2026", None))
#if QT_CONFIG(accessibility)
        self.chaseButton.setAccessibleName(QCoreApplication.translate("ClaimsPage", u"Chase the selected claim", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.chaseButton.setAccessibleDescription(QCoreApplication.translate("ClaimsPage", u"A polite letter asking for payment, saved as a PDF or as an email draft, and kept in the claim's history", None))
#endif // QT_CONFIG(accessibility)
        self.chaseButton.setText(QCoreApplication.translate("ClaimsPage", u"Ch&ase\u2026", None))
#if QT_CONFIG(accessibility)
        self.emailButton.setAccessibleName(QCoreApplication.translate("ClaimsPage", u"Email the selected claim", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.emailButton.setAccessibleDescription(QCoreApplication.translate("ClaimsPage", u"An email draft with the claim PDF attached, opened in your own mail program", None))
#endif // QT_CONFIG(accessibility)
        self.emailButton.setText(QCoreApplication.translate("ClaimsPage", u"E&mail\u2026", None))
        self.actionDateLabel.setText(QCoreApplication.translate("ClaimsPage", u"Date for Submit, Dispute, Reopen or Void:", None))
#if QT_CONFIG(accessibility)
        self.actionDate.setAccessibleName(QCoreApplication.translate("ClaimsPage", u"Date of the change", None))
#endif // QT_CONFIG(accessibility)
        self.actionDate.setDisplayFormat(QCoreApplication.translate("ClaimsPage", u"d MMM yyyy", None))
        self.searchLabel.setText(QCoreApplication.translate("ClaimsPage", u"&Search:", None))
#if QT_CONFIG(accessibility)
        self.searchEdit.setAccessibleName(QCoreApplication.translate("ClaimsPage", u"Search", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.searchEdit.setAccessibleDescription(QCoreApplication.translate("ClaimsPage", u"Shows only the rows containing these words, as you type", None))
#endif // QT_CONFIG(accessibility)
        self.searchEdit.setPlaceholderText(QCoreApplication.translate("ClaimsPage", u"Type to search", None))
        self.orgLabel.setText(QCoreApplication.translate("ClaimsPage", u"&Organisation:", None))
#if QT_CONFIG(accessibility)
        self.orgCombo.setAccessibleName(QCoreApplication.translate("ClaimsPage", u"Organisation filter", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.fromCheck.setAccessibleName(QCoreApplication.translate("ClaimsPage", u"Only from a date", None))
#endif // QT_CONFIG(accessibility)
        self.fromCheck.setText(QCoreApplication.translate("ClaimsPage", u"&From:", None))
#if QT_CONFIG(accessibility)
        self.fromDate.setAccessibleName(QCoreApplication.translate("ClaimsPage", u"From date", None))
#endif // QT_CONFIG(accessibility)
        self.fromDate.setDisplayFormat(QCoreApplication.translate("ClaimsPage", u"d MMM yyyy", None))
#if QT_CONFIG(accessibility)
        self.toCheck.setAccessibleName(QCoreApplication.translate("ClaimsPage", u"Only up to a date", None))
#endif // QT_CONFIG(accessibility)
        self.toCheck.setText(QCoreApplication.translate("ClaimsPage", u"&To:", None))
#if QT_CONFIG(accessibility)
        self.toDate.setAccessibleName(QCoreApplication.translate("ClaimsPage", u"To date", None))
#endif // QT_CONFIG(accessibility)
        self.toDate.setDisplayFormat(QCoreApplication.translate("ClaimsPage", u"d MMM yyyy", None))
        self.statusLabel.setText(QCoreApplication.translate("ClaimsPage", u"S&how:", None))
#if QT_CONFIG(accessibility)
        self.statusCombo.setAccessibleName(QCoreApplication.translate("ClaimsPage", u"Show which records", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.tableView.setAccessibleName(QCoreApplication.translate("ClaimsPage", u"Records", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.tableView.setAccessibleDescription(QCoreApplication.translate("ClaimsPage", u"Sort by clicking a column heading; Enter opens the selected row", None))
#endif // QT_CONFIG(accessibility)
        self.totalsLabel.setText("")
#if QT_CONFIG(accessibility)
        self.totalsLabel.setAccessibleName(QCoreApplication.translate("ClaimsPage", u"Totals of the rows shown", None))
#endif // QT_CONFIG(accessibility)
        self.linesHeading.setText(QCoreApplication.translate("ClaimsPage", u"Lines of the selected claim", None))
#if QT_CONFIG(accessibility)
        self.linesView.setAccessibleName(QCoreApplication.translate("ClaimsPage", u"Lines of the selected claim", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.linesView.setAccessibleDescription(QCoreApplication.translate("ClaimsPage", u"The fees and expenses in the claim", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi
