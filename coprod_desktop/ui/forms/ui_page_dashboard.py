# -*- coding: utf-8 -*-


from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QFrame, QGridLayout,
    QGroupBox, QHBoxLayout, QHeaderView, QLabel,
    QScrollArea, QSizePolicy, QTableView, QVBoxLayout,
    QWidget)

class Ui_DashboardPage(object):
    def setupUi(self, DashboardPage):
        if not DashboardPage.objectName():
            DashboardPage.setObjectName(u"DashboardPage")
        DashboardPage.resize(900, 700)
        self.outerLayout = QVBoxLayout(DashboardPage)
        self.outerLayout.setObjectName(u"outerLayout")
        self.heading = QLabel(DashboardPage)
        self.heading.setObjectName(u"heading")

        self.outerLayout.addWidget(self.heading)

        self.statusLabel = QLabel(DashboardPage)
        self.statusLabel.setObjectName(u"statusLabel")
        self.statusLabel.setWordWrap(True)

        self.outerLayout.addWidget(self.statusLabel)

        self.scroll = QScrollArea(DashboardPage)
        self.scroll.setObjectName(u"scroll")
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.content = QWidget()
        self.content.setObjectName(u"content")
        self.contentLayout = QVBoxLayout(self.content)
        self.contentLayout.setObjectName(u"contentLayout")
        self.periodsLayout = QHBoxLayout()
        self.periodsLayout.setObjectName(u"periodsLayout")
        self.monthBox = QGroupBox(self.content)
        self.monthBox.setObjectName(u"monthBox")
        self.monthGrid = QGridLayout(self.monthBox)
        self.monthGrid.setObjectName(u"monthGrid")
        self.monthHoursLabel = QLabel(self.monthBox)
        self.monthHoursLabel.setObjectName(u"monthHoursLabel")

        self.monthGrid.addWidget(self.monthHoursLabel, 0, 0, 1, 1)

        self.monthHoursValue = QLabel(self.monthBox)
        self.monthHoursValue.setObjectName(u"monthHoursValue")
        self.monthHoursValue.setAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignVCenter)

        self.monthGrid.addWidget(self.monthHoursValue, 0, 1, 1, 1)

        self.monthFeesLabel = QLabel(self.monthBox)
        self.monthFeesLabel.setObjectName(u"monthFeesLabel")

        self.monthGrid.addWidget(self.monthFeesLabel, 1, 0, 1, 1)

        self.monthFeesValue = QLabel(self.monthBox)
        self.monthFeesValue.setObjectName(u"monthFeesValue")
        self.monthFeesValue.setAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignVCenter)

        self.monthGrid.addWidget(self.monthFeesValue, 1, 1, 1, 1)

        self.monthReceivedLabel = QLabel(self.monthBox)
        self.monthReceivedLabel.setObjectName(u"monthReceivedLabel")

        self.monthGrid.addWidget(self.monthReceivedLabel, 2, 0, 1, 1)

        self.monthReceivedValue = QLabel(self.monthBox)
        self.monthReceivedValue.setObjectName(u"monthReceivedValue")
        self.monthReceivedValue.setAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignVCenter)

        self.monthGrid.addWidget(self.monthReceivedValue, 2, 1, 1, 1)

        self.monthOutstandingLabel = QLabel(self.monthBox)
        self.monthOutstandingLabel.setObjectName(u"monthOutstandingLabel")

        self.monthGrid.addWidget(self.monthOutstandingLabel, 3, 0, 1, 1)

        self.monthOutstandingValue = QLabel(self.monthBox)
        self.monthOutstandingValue.setObjectName(u"monthOutstandingValue")
        self.monthOutstandingValue.setAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignVCenter)

        self.monthGrid.addWidget(self.monthOutstandingValue, 3, 1, 1, 1)

        self.monthGrid.setColumnStretch(1, 1)

        self.periodsLayout.addWidget(self.monthBox)

        self.yearBox = QGroupBox(self.content)
        self.yearBox.setObjectName(u"yearBox")
        self.yearGrid = QGridLayout(self.yearBox)
        self.yearGrid.setObjectName(u"yearGrid")
        self.yearHoursLabel = QLabel(self.yearBox)
        self.yearHoursLabel.setObjectName(u"yearHoursLabel")

        self.yearGrid.addWidget(self.yearHoursLabel, 0, 0, 1, 1)

        self.yearHoursValue = QLabel(self.yearBox)
        self.yearHoursValue.setObjectName(u"yearHoursValue")
        self.yearHoursValue.setAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignVCenter)

        self.yearGrid.addWidget(self.yearHoursValue, 0, 1, 1, 1)

        self.yearFeesLabel = QLabel(self.yearBox)
        self.yearFeesLabel.setObjectName(u"yearFeesLabel")

        self.yearGrid.addWidget(self.yearFeesLabel, 1, 0, 1, 1)

        self.yearFeesValue = QLabel(self.yearBox)
        self.yearFeesValue.setObjectName(u"yearFeesValue")
        self.yearFeesValue.setAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignVCenter)

        self.yearGrid.addWidget(self.yearFeesValue, 1, 1, 1, 1)

        self.yearReceivedLabel = QLabel(self.yearBox)
        self.yearReceivedLabel.setObjectName(u"yearReceivedLabel")

        self.yearGrid.addWidget(self.yearReceivedLabel, 2, 0, 1, 1)

        self.yearReceivedValue = QLabel(self.yearBox)
        self.yearReceivedValue.setObjectName(u"yearReceivedValue")
        self.yearReceivedValue.setAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignVCenter)

        self.yearGrid.addWidget(self.yearReceivedValue, 2, 1, 1, 1)

        self.yearOutstandingLabel = QLabel(self.yearBox)
        self.yearOutstandingLabel.setObjectName(u"yearOutstandingLabel")

        self.yearGrid.addWidget(self.yearOutstandingLabel, 3, 0, 1, 1)

        self.yearOutstandingValue = QLabel(self.yearBox)
        self.yearOutstandingValue.setObjectName(u"yearOutstandingValue")
        self.yearOutstandingValue.setAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignVCenter)

        self.yearGrid.addWidget(self.yearOutstandingValue, 3, 1, 1, 1)

        self.yearGrid.setColumnStretch(1, 1)

        self.periodsLayout.addWidget(self.yearBox)


        self.contentLayout.addLayout(self.periodsLayout)

        self.allowanceBox = QGroupBox(self.content)
        self.allowanceBox.setObjectName(u"allowanceBox")
        self.allowanceLayout = QVBoxLayout(self.allowanceBox)
        self.allowanceLayout.setObjectName(u"allowanceLayout")
        self.allowanceValue = QLabel(self.allowanceBox)
        self.allowanceValue.setObjectName(u"allowanceValue")
        self.allowanceValue.setWordWrap(True)

        self.allowanceLayout.addWidget(self.allowanceValue)


        self.contentLayout.addWidget(self.allowanceBox)

        self.benefitsValue = QLabel(self.content)
        self.benefitsValue.setObjectName(u"benefitsValue")
        self.benefitsValue.setWordWrap(True)

        self.contentLayout.addWidget(self.benefitsValue)

        self.overdueBox = QGroupBox(self.content)
        self.overdueBox.setObjectName(u"overdueBox")
        self.overdueLayout = QVBoxLayout(self.overdueBox)
        self.overdueLayout.setObjectName(u"overdueLayout")
        self.overdueEmpty = QLabel(self.overdueBox)
        self.overdueEmpty.setObjectName(u"overdueEmpty")
        self.overdueEmpty.setWordWrap(True)

        self.overdueLayout.addWidget(self.overdueEmpty)

        self.overdueView = QTableView(self.overdueBox)
        self.overdueView.setObjectName(u"overdueView")
        self.overdueView.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.overdueView.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.overdueView.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.overdueView.setAlternatingRowColors(True)
        self.overdueView.setTabKeyNavigation(False)
        self.overdueView.horizontalHeader().setStretchLastSection(True)
        self.overdueView.verticalHeader().setVisible(False)

        self.overdueLayout.addWidget(self.overdueView)


        self.contentLayout.addWidget(self.overdueBox)

        self.recentBox = QGroupBox(self.content)
        self.recentBox.setObjectName(u"recentBox")
        self.recentLayout = QVBoxLayout(self.recentBox)
        self.recentLayout.setObjectName(u"recentLayout")
        self.recentView = QTableView(self.recentBox)
        self.recentView.setObjectName(u"recentView")
        self.recentView.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.recentView.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.recentView.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.recentView.setAlternatingRowColors(True)
        self.recentView.setTabKeyNavigation(False)
        self.recentView.horizontalHeader().setStretchLastSection(True)
        self.recentView.verticalHeader().setVisible(False)

        self.recentLayout.addWidget(self.recentView)


        self.contentLayout.addWidget(self.recentBox)

        self.scroll.setWidget(self.content)

        self.outerLayout.addWidget(self.scroll)


        self.retranslateUi(DashboardPage)

        QMetaObject.connectSlotsByName(DashboardPage)
    # setupUi

    def retranslateUi(self, DashboardPage):
        DashboardPage.setWindowTitle(QCoreApplication.translate("DashboardPage", u"Dashboard", None))
        self.heading.setText(QCoreApplication.translate("DashboardPage", u"Dashboard", None))
        self.statusLabel.setText(QCoreApplication.translate("DashboardPage", u"Loading your records\u2026", None))
#if QT_CONFIG(accessibility)
        self.scroll.setAccessibleName(QCoreApplication.translate("DashboardPage", u"Dashboard figures (scroll with the arrow keys)", None))
#endif // QT_CONFIG(accessibility)
        self.monthBox.setTitle(QCoreApplication.translate("DashboardPage", u"This month", None))
        self.monthHoursLabel.setText(QCoreApplication.translate("DashboardPage", u"Hours:", None))
        self.monthHoursValue.setText(QCoreApplication.translate("DashboardPage", u"\u2014", None))
#if QT_CONFIG(accessibility)
        self.monthHoursValue.setAccessibleName(QCoreApplication.translate("DashboardPage", u"This month: Hours", None))
#endif // QT_CONFIG(accessibility)
        self.monthFeesLabel.setText(QCoreApplication.translate("DashboardPage", u"Fees earned:", None))
        self.monthFeesValue.setText(QCoreApplication.translate("DashboardPage", u"\u2014", None))
#if QT_CONFIG(accessibility)
        self.monthFeesValue.setAccessibleName(QCoreApplication.translate("DashboardPage", u"This month: Fees earned", None))
#endif // QT_CONFIG(accessibility)
        self.monthReceivedLabel.setText(QCoreApplication.translate("DashboardPage", u"Received:", None))
        self.monthReceivedValue.setText(QCoreApplication.translate("DashboardPage", u"\u2014", None))
#if QT_CONFIG(accessibility)
        self.monthReceivedValue.setAccessibleName(QCoreApplication.translate("DashboardPage", u"This month: Received", None))
#endif // QT_CONFIG(accessibility)
        self.monthOutstandingLabel.setText(QCoreApplication.translate("DashboardPage", u"Still owed on its claims:", None))
        self.monthOutstandingValue.setText(QCoreApplication.translate("DashboardPage", u"\u2014", None))
#if QT_CONFIG(accessibility)
        self.monthOutstandingValue.setAccessibleName(QCoreApplication.translate("DashboardPage", u"This month: Still owed on its claims", None))
#endif // QT_CONFIG(accessibility)
        self.yearBox.setTitle(QCoreApplication.translate("DashboardPage", u"This tax year", None))
        self.yearHoursLabel.setText(QCoreApplication.translate("DashboardPage", u"Hours:", None))
        self.yearHoursValue.setText(QCoreApplication.translate("DashboardPage", u"\u2014", None))
#if QT_CONFIG(accessibility)
        self.yearHoursValue.setAccessibleName(QCoreApplication.translate("DashboardPage", u"This tax year: Hours", None))
#endif // QT_CONFIG(accessibility)
        self.yearFeesLabel.setText(QCoreApplication.translate("DashboardPage", u"Fees earned:", None))
        self.yearFeesValue.setText(QCoreApplication.translate("DashboardPage", u"\u2014", None))
#if QT_CONFIG(accessibility)
        self.yearFeesValue.setAccessibleName(QCoreApplication.translate("DashboardPage", u"This tax year: Fees earned", None))
#endif // QT_CONFIG(accessibility)
        self.yearReceivedLabel.setText(QCoreApplication.translate("DashboardPage", u"Received:", None))
        self.yearReceivedValue.setText(QCoreApplication.translate("DashboardPage", u"\u2014", None))
#if QT_CONFIG(accessibility)
        self.yearReceivedValue.setAccessibleName(QCoreApplication.translate("DashboardPage", u"This tax year: Received", None))
#endif // QT_CONFIG(accessibility)
        self.yearOutstandingLabel.setText(QCoreApplication.translate("DashboardPage", u"Still owed on its claims:", None))
        self.yearOutstandingValue.setText(QCoreApplication.translate("DashboardPage", u"\u2014", None))
#if QT_CONFIG(accessibility)
        self.yearOutstandingValue.setAccessibleName(QCoreApplication.translate("DashboardPage", u"This tax year: Still owed on its claims", None))
#endif // QT_CONFIG(accessibility)
        self.allowanceBox.setTitle(QCoreApplication.translate("DashboardPage", u"Trading allowance", None))
        self.allowanceValue.setText(QCoreApplication.translate("DashboardPage", u"\u2014", None))
#if QT_CONFIG(accessibility)
        self.allowanceValue.setAccessibleName(QCoreApplication.translate("DashboardPage", u"Trading allowance", None))
#endif // QT_CONFIG(accessibility)
        self.benefitsValue.setText("")
#if QT_CONFIG(accessibility)
        self.benefitsValue.setAccessibleName(QCoreApplication.translate("DashboardPage", u"Benefits limit warnings", None))
#endif // QT_CONFIG(accessibility)
        self.overdueBox.setTitle(QCoreApplication.translate("DashboardPage", u"Overdue claims", None))
        self.overdueEmpty.setText(QCoreApplication.translate("DashboardPage", u"No claim is overdue.", None))
#if QT_CONFIG(accessibility)
        self.overdueView.setAccessibleName(QCoreApplication.translate("DashboardPage", u"Overdue claims", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.overdueView.setAccessibleDescription(QCoreApplication.translate("DashboardPage", u"Claims paid later than the organisation promised, most days late first", None))
#endif // QT_CONFIG(accessibility)
        self.recentBox.setTitle(QCoreApplication.translate("DashboardPage", u"Recent activities", None))
#if QT_CONFIG(accessibility)
        self.recentView.setAccessibleName(QCoreApplication.translate("DashboardPage", u"Recent activities", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.recentView.setAccessibleDescription(QCoreApplication.translate("DashboardPage", u"The latest activities up to today", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi
