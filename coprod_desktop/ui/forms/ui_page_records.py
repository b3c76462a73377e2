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

class Ui_RecordsPage(object):
    def setupUi(self, RecordsPage):
        if not RecordsPage.objectName():
            RecordsPage.setObjectName(u"RecordsPage")
        RecordsPage.resize(900, 700)
        self.outerLayout = QVBoxLayout(RecordsPage)
        self.outerLayout.setObjectName(u"outerLayout")
        self.heading = QLabel(RecordsPage)
        self.heading.setObjectName(u"heading")

        self.outerLayout.addWidget(self.heading)

        self.hintLabel = QLabel(RecordsPage)
        self.hintLabel.setObjectName(u"hintLabel")
        self.hintLabel.setWordWrap(True)

        self.outerLayout.addWidget(self.hintLabel)

        self.emptyFrame = QFrame(RecordsPage)
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
        self.newButton = QPushButton(RecordsPage)
        self.newButton.setObjectName(u"newButton")

        self.actionsLayout.addWidget(self.newButton)

        self.editButton = QPushButton(RecordsPage)
        self.editButton.setObjectName(u"editButton")

        self.actionsLayout.addWidget(self.editButton)

        self.copyButton = QPushButton(RecordsPage)
        self.copyButton.setObjectName(u"copyButton")

        self.actionsLayout.addWidget(self.copyButton)

        self.deleteButton = QPushButton(RecordsPage)
        self.deleteButton.setObjectName(u"deleteButton")

        self.actionsLayout.addWidget(self.deleteButton)

        self.actionsSpacer = QSpacerItem(20, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.actionsLayout.addItem(self.actionsSpacer)


        self.outerLayout.addLayout(self.actionsLayout)

        self.filterGrid = QGridLayout()
        self.filterGrid.setObjectName(u"filterGrid")
        self.searchLabel = QLabel(RecordsPage)
        self.searchLabel.setObjectName(u"searchLabel")

        self.filterGrid.addWidget(self.searchLabel, 0, 0, 1, 1)

        self.searchEdit = QLineEdit(RecordsPage)
        self.searchEdit.setObjectName(u"searchEdit")
        self.searchEdit.setClearButtonEnabled(True)

        self.filterGrid.addWidget(self.searchEdit, 0, 1, 1, 3)

        self.orgLabel = QLabel(RecordsPage)
        self.orgLabel.setObjectName(u"orgLabel")

        self.filterGrid.addWidget(self.orgLabel, 0, 4, 1, 1)

        self.orgCombo = QComboBox(RecordsPage)
        self.orgCombo.setObjectName(u"orgCombo")
        self.orgCombo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.orgCombo.setMinimumContentsLength(18)

        self.filterGrid.addWidget(self.orgCombo, 0, 5, 1, 1)

        self.fromCheck = QCheckBox(RecordsPage)
        self.fromCheck.setObjectName(u"fromCheck")

        self.filterGrid.addWidget(self.fromCheck, 1, 0, 1, 1)

        self.fromDate = DateField(RecordsPage)
        self.fromDate.setObjectName(u"fromDate")
        self.fromDate.setCalendarPopup(True)
        self.fromDate.setEnabled(False)

        self.filterGrid.addWidget(self.fromDate, 1, 1, 1, 1)

        self.toCheck = QCheckBox(RecordsPage)
        self.toCheck.setObjectName(u"toCheck")

        self.filterGrid.addWidget(self.toCheck, 1, 2, 1, 1)

        self.toDate = DateField(RecordsPage)
        self.toDate.setObjectName(u"toDate")
        self.toDate.setCalendarPopup(True)
        self.toDate.setEnabled(False)

        self.filterGrid.addWidget(self.toDate, 1, 3, 1, 1)

        self.statusLabel = QLabel(RecordsPage)
        self.statusLabel.setObjectName(u"statusLabel")

        self.filterGrid.addWidget(self.statusLabel, 1, 4, 1, 1)

        self.statusCombo = QComboBox(RecordsPage)
        self.statusCombo.setObjectName(u"statusCombo")
        self.statusCombo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.statusCombo.setMinimumContentsLength(18)

        self.filterGrid.addWidget(self.statusCombo, 1, 5, 1, 1)

        self.filterSpacer = QSpacerItem(20, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.filterGrid.addItem(self.filterSpacer, 0, 6, 2, 1)


        self.outerLayout.addLayout(self.filterGrid)

        self.tableView = QTableView(RecordsPage)
        self.tableView.setObjectName(u"tableView")
        self.tableView.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.tableView.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.tableView.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.tableView.setAlternatingRowColors(True)
        self.tableView.setTabKeyNavigation(False)
        self.tableView.horizontalHeader().setStretchLastSection(True)
        self.tableView.verticalHeader().setVisible(False)

        self.outerLayout.addWidget(self.tableView)

        self.totalsLabel = QLabel(RecordsPage)
        self.totalsLabel.setObjectName(u"totalsLabel")
        self.totalsLabel.setWordWrap(True)

        self.outerLayout.addWidget(self.totalsLabel)

#if QT_CONFIG(shortcut)
        self.searchLabel.setBuddy(self.searchEdit)
        self.orgLabel.setBuddy(self.orgCombo)
        self.statusLabel.setBuddy(self.statusCombo)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.emptyButton, self.newButton)
        QWidget.setTabOrder(self.newButton, self.editButton)
        QWidget.setTabOrder(self.editButton, self.copyButton)
        QWidget.setTabOrder(self.copyButton, self.deleteButton)
        QWidget.setTabOrder(self.deleteButton, self.searchEdit)
        QWidget.setTabOrder(self.searchEdit, self.orgCombo)
        QWidget.setTabOrder(self.orgCombo, self.fromCheck)
        QWidget.setTabOrder(self.fromCheck, self.fromDate)
        QWidget.setTabOrder(self.fromDate, self.toCheck)
        QWidget.setTabOrder(self.toCheck, self.toDate)
        QWidget.setTabOrder(self.toDate, self.statusCombo)
        QWidget.setTabOrder(self.statusCombo, self.tableView)

        self.retranslateUi(RecordsPage)

        QMetaObject.connectSlotsByName(RecordsPage)
    # setupUi

    def retranslateUi(self, RecordsPage):
        RecordsPage.setWindowTitle(QCoreApplication.translate("RecordsPage", u"RecordsPage", None))
        self.heading.setText(QCoreApplication.translate("RecordsPage", u"RecordsPage", None))
        self.hintLabel.setText("")
#if QT_CONFIG(accessibility)
        self.emptyFrame.setAccessibleName(QCoreApplication.translate("RecordsPage", u"What to do first", None))
#endif // QT_CONFIG(accessibility)
        self.emptyLabel.setText("")
#if QT_CONFIG(accessibility)
        self.emptyLabel.setAccessibleName(QCoreApplication.translate("RecordsPage", u"What to do first", None))
#endif // QT_CONFIG(accessibility)
        self.emptyButton.setText("")
#if QT_CONFIG(accessibility)
        self.newButton.setAccessibleName(QCoreApplication.translate("RecordsPage", u"New record", None))
#endif // QT_CONFIG(accessibility)
        self.newButton.setText(QCoreApplication.translate("RecordsPage", u"&New\u2026", None))
#if QT_CONFIG(accessibility)
        self.editButton.setAccessibleName(QCoreApplication.translate("RecordsPage", u"Edit the selected record", None))
#endif // QT_CONFIG(accessibility)
        self.editButton.setText(QCoreApplication.translate("RecordsPage", u"&Edit\u2026", None))
#if QT_CONFIG(accessibility)
        self.copyButton.setAccessibleName(QCoreApplication.translate("RecordsPage", u"Copy the selected activity", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.copyButton.setAccessibleDescription(QCoreApplication.translate("RecordsPage", u"A new activity with the same details for another date, for a one-off repeat", None))
#endif // QT_CONFIG(accessibility)
        self.copyButton.setText(QCoreApplication.translate("RecordsPage", u"Co&py\u2026", None))
#if QT_CONFIG(accessibility)
        self.deleteButton.setAccessibleName(QCoreApplication.translate("RecordsPage", u"Delete the selected record", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.deleteButton.setAccessibleDescription(QCoreApplication.translate("RecordsPage", u"Deletes at once; Undo in the Edit menu brings it back", None))
#endif // QT_CONFIG(accessibility)
        self.deleteButton.setText(QCoreApplication.translate("RecordsPage", u"&Delete", None))
        self.searchLabel.setText(QCoreApplication.translate("RecordsPage", u"&Search:", None))
#if QT_CONFIG(accessibility)
        self.searchEdit.setAccessibleName(QCoreApplication.translate("RecordsPage", u"Search", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.searchEdit.setAccessibleDescription(QCoreApplication.translate("RecordsPage", u"Shows only the rows containing these words, as you type", None))
#endif // QT_CONFIG(accessibility)
        self.searchEdit.setPlaceholderText(QCoreApplication.translate("RecordsPage", u"Type to search", None))
        self.orgLabel.setText(QCoreApplication.translate("RecordsPage", u"&Organisation:", None))
#if QT_CONFIG(accessibility)
        self.orgCombo.setAccessibleName(QCoreApplication.translate("RecordsPage", u"Organisation filter", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.fromCheck.setAccessibleName(QCoreApplication.translate("RecordsPage", u"Only from a date", None))
#endif // QT_CONFIG(accessibility)
        self.fromCheck.setText(QCoreApplication.translate("RecordsPage", u"&From:", None))
#if QT_CONFIG(accessibility)
        self.fromDate.setAccessibleName(QCoreApplication.translate("RecordsPage", u"From date", None))
#endif // QT_CONFIG(accessibility)
        self.fromDate.setDisplayFormat(QCoreApplication.translate("RecordsPage", u"d MMM yyyy", None))
#if QT_CONFIG(accessibility)
        self.toCheck.setAccessibleName(QCoreApplication.translate("RecordsPage", u"Only up to a date", None))
#endif // QT_CONFIG(accessibility)
        self.toCheck.setText(QCoreApplication.translate("RecordsPage", u"&To:", None))
#if QT_CONFIG(accessibility)
        self.toDate.setAccessibleName(QCoreApplication.translate("RecordsPage", u"To date", None))
#endif // QT_CONFIG(accessibility)
        self.toDate.setDisplayFormat(QCoreApplication.translate("RecordsPage", u"d MMM yyyy", None))
        self.statusLabel.setText(QCoreApplication.translate("RecordsPage", u"S&how:", None))
#if QT_CONFIG(accessibility)
        self.statusCombo.setAccessibleName(QCoreApplication.translate("RecordsPage", u"Show which records", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.tableView.setAccessibleName(QCoreApplication.translate("RecordsPage", u"Records", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.tableView.setAccessibleDescription(QCoreApplication.translate("RecordsPage", u"Sort by clicking a column heading; Enter opens the selected row", None))
#endif // QT_CONFIG(accessibility)
        self.totalsLabel.setText("")
#if QT_CONFIG(accessibility)
        self.totalsLabel.setAccessibleName(QCoreApplication.translate("RecordsPage", u"Totals of the rows shown", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi
