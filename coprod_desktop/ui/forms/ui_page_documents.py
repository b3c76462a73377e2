# -*- coding: utf-8 -*-


from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QApplication, QCheckBox, QComboBox, QGridLayout,
    QGroupBox, QHBoxLayout, QLabel, QListWidget,
    QListWidgetItem, QProgressBar, QPushButton, QScrollArea,
    QSizePolicy, QSpacerItem, QVBoxLayout, QWidget)

from coprod_desktop.ui.widgets.date_field import DateField

class Ui_DocumentsPage(object):
    def setupUi(self, DocumentsPage):
        if not DocumentsPage.objectName():
            DocumentsPage.setObjectName(u"DocumentsPage")
        DocumentsPage.resize(1000, 700)
        self.outerLayout = QVBoxLayout(DocumentsPage)
        self.outerLayout.setObjectName(u"outerLayout")
        self.heading = QLabel(DocumentsPage)
        self.heading.setObjectName(u"heading")

        self.outerLayout.addWidget(self.heading)

        self.hintLabel = QLabel(DocumentsPage)
        self.hintLabel.setObjectName(u"hintLabel")
        self.hintLabel.setWordWrap(True)

        self.outerLayout.addWidget(self.hintLabel)

        self.bodyLayout = QHBoxLayout()
        self.bodyLayout.setObjectName(u"bodyLayout")
        self.leftLayout = QVBoxLayout()
        self.leftLayout.setObjectName(u"leftLayout")
        self.documentLabel = QLabel(DocumentsPage)
        self.documentLabel.setObjectName(u"documentLabel")

        self.leftLayout.addWidget(self.documentLabel)

        self.documentList = QListWidget(DocumentsPage)
        self.documentList.setObjectName(u"documentList")
        self.documentList.setMaximumHeight(16777215)

        self.leftLayout.addWidget(self.documentList)

        self.documentAbout = QLabel(DocumentsPage)
        self.documentAbout.setObjectName(u"documentAbout")
        self.documentAbout.setWordWrap(True)

        self.leftLayout.addWidget(self.documentAbout)

        self.optionsBox = QGroupBox(DocumentsPage)
        self.optionsBox.setObjectName(u"optionsBox")
        self.optionsForm = QGridLayout(self.optionsBox)
        self.optionsForm.setObjectName(u"optionsForm")
        self.fromCheck = QCheckBox(self.optionsBox)
        self.fromCheck.setObjectName(u"fromCheck")

        self.optionsForm.addWidget(self.fromCheck, 0, 0, 1, 1)

        self.fromDate = DateField(self.optionsBox)
        self.fromDate.setObjectName(u"fromDate")
        self.fromDate.setCalendarPopup(True)

        self.optionsForm.addWidget(self.fromDate, 0, 1, 1, 1)

        self.toCheck = QCheckBox(self.optionsBox)
        self.toCheck.setObjectName(u"toCheck")

        self.optionsForm.addWidget(self.toCheck, 1, 0, 1, 1)

        self.toDate = DateField(self.optionsBox)
        self.toDate.setObjectName(u"toDate")
        self.toDate.setCalendarPopup(True)

        self.optionsForm.addWidget(self.toDate, 1, 1, 1, 1)

        self.orgLabel = QLabel(self.optionsBox)
        self.orgLabel.setObjectName(u"orgLabel")

        self.optionsForm.addWidget(self.orgLabel, 2, 0, 1, 1)

        self.orgCombo = QComboBox(self.optionsBox)
        self.orgCombo.setObjectName(u"orgCombo")

        self.optionsForm.addWidget(self.orgCombo, 2, 1, 1, 1)

        self.groupByLabel = QLabel(self.optionsBox)
        self.groupByLabel.setObjectName(u"groupByLabel")

        self.optionsForm.addWidget(self.groupByLabel, 3, 0, 1, 1)

        self.groupByCombo = QComboBox(self.optionsBox)
        self.groupByCombo.setObjectName(u"groupByCombo")

        self.optionsForm.addWidget(self.groupByCombo, 3, 1, 1, 1)

        self.taxYearLabel = QLabel(self.optionsBox)
        self.taxYearLabel.setObjectName(u"taxYearLabel")

        self.optionsForm.addWidget(self.taxYearLabel, 4, 0, 1, 1)

        self.taxYearCombo = QComboBox(self.optionsBox)
        self.taxYearCombo.setObjectName(u"taxYearCombo")

        self.optionsForm.addWidget(self.taxYearCombo, 4, 1, 1, 1)

        self.benefitLabel = QLabel(self.optionsBox)
        self.benefitLabel.setObjectName(u"benefitLabel")

        self.optionsForm.addWidget(self.benefitLabel, 5, 0, 1, 1)

        self.benefitCombo = QComboBox(self.optionsBox)
        self.benefitCombo.setObjectName(u"benefitCombo")

        self.optionsForm.addWidget(self.benefitCombo, 5, 1, 1, 1)

        self.byActivityDate = QCheckBox(self.optionsBox)
        self.byActivityDate.setObjectName(u"byActivityDate")

        self.optionsForm.addWidget(self.byActivityDate, 6, 0, 1, 2)

        self.contactNames = QCheckBox(self.optionsBox)
        self.contactNames.setObjectName(u"contactNames")

        self.optionsForm.addWidget(self.contactNames, 7, 0, 1, 2)

        self.includeFeedback = QCheckBox(self.optionsBox)
        self.includeFeedback.setObjectName(u"includeFeedback")

        self.optionsForm.addWidget(self.includeFeedback, 8, 0, 1, 2)

        self.includeTraining = QCheckBox(self.optionsBox)
        self.includeTraining.setObjectName(u"includeTraining")

        self.optionsForm.addWidget(self.includeTraining, 9, 0, 1, 2)

        self.largePrint = QCheckBox(self.optionsBox)
        self.largePrint.setObjectName(u"largePrint")

        self.optionsForm.addWidget(self.largePrint, 10, 0, 1, 2)


        self.leftLayout.addWidget(self.optionsBox)

        self.editMyTerms = QPushButton(DocumentsPage)
        self.editMyTerms.setObjectName(u"editMyTerms")

        self.leftLayout.addWidget(self.editMyTerms)

        self.makeLayout = QHBoxLayout()
        self.makeLayout.setObjectName(u"makeLayout")
        self.makeButton = QPushButton(DocumentsPage)
        self.makeButton.setObjectName(u"makeButton")

        self.makeLayout.addWidget(self.makeButton)

        self.cancelButton = QPushButton(DocumentsPage)
        self.cancelButton.setObjectName(u"cancelButton")

        self.makeLayout.addWidget(self.cancelButton)


        self.leftLayout.addLayout(self.makeLayout)

        self.progressBar = QProgressBar(DocumentsPage)
        self.progressBar.setObjectName(u"progressBar")

        self.leftLayout.addWidget(self.progressBar)

        self.status = QLabel(DocumentsPage)
        self.status.setObjectName(u"status")
        self.status.setWordWrap(True)
        self.status.setTextInteractionFlags(Qt.TextSelectableByMouse)

        self.leftLayout.addWidget(self.status)

        self.saveLayout = QHBoxLayout()
        self.saveLayout.setObjectName(u"saveLayout")
        self.saveAs = QPushButton(DocumentsPage)
        self.saveAs.setObjectName(u"saveAs")

        self.saveLayout.addWidget(self.saveAs)

        self.openViewer = QPushButton(DocumentsPage)
        self.openViewer.setObjectName(u"openViewer")

        self.saveLayout.addWidget(self.openViewer)


        self.leftLayout.addLayout(self.saveLayout)

        self.leftSpacer = QSpacerItem(20, 20, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.leftLayout.addItem(self.leftSpacer)


        self.bodyLayout.addLayout(self.leftLayout)

        self.pagesArea = QScrollArea(DocumentsPage)
        self.pagesArea.setObjectName(u"pagesArea")
        self.pagesArea.setWidgetResizable(True)
        self.pagesHolder = QWidget()
        self.pagesHolder.setObjectName(u"pagesHolder")
        self.pagesLayout = QVBoxLayout(self.pagesHolder)
        self.pagesLayout.setObjectName(u"pagesLayout")
        self.pagesArea.setWidget(self.pagesHolder)

        self.bodyLayout.addWidget(self.pagesArea)


        self.outerLayout.addLayout(self.bodyLayout)

#if QT_CONFIG(shortcut)
        self.documentLabel.setBuddy(self.documentList)
        self.orgLabel.setBuddy(self.orgCombo)
        self.groupByLabel.setBuddy(self.groupByCombo)
        self.taxYearLabel.setBuddy(self.taxYearCombo)
        self.benefitLabel.setBuddy(self.benefitCombo)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.documentList, self.fromCheck)
        QWidget.setTabOrder(self.fromCheck, self.fromDate)
        QWidget.setTabOrder(self.fromDate, self.toCheck)
        QWidget.setTabOrder(self.toCheck, self.toDate)
        QWidget.setTabOrder(self.toDate, self.orgCombo)
        QWidget.setTabOrder(self.orgCombo, self.groupByCombo)
        QWidget.setTabOrder(self.groupByCombo, self.taxYearCombo)
        QWidget.setTabOrder(self.taxYearCombo, self.benefitCombo)
        QWidget.setTabOrder(self.benefitCombo, self.byActivityDate)
        QWidget.setTabOrder(self.byActivityDate, self.contactNames)
        QWidget.setTabOrder(self.contactNames, self.includeFeedback)
        QWidget.setTabOrder(self.includeFeedback, self.includeTraining)
        QWidget.setTabOrder(self.includeTraining, self.largePrint)
        QWidget.setTabOrder(self.largePrint, self.editMyTerms)
        QWidget.setTabOrder(self.editMyTerms, self.makeButton)
        QWidget.setTabOrder(self.makeButton, self.cancelButton)
        QWidget.setTabOrder(self.cancelButton, self.saveAs)
        QWidget.setTabOrder(self.saveAs, self.openViewer)
        QWidget.setTabOrder(self.openViewer, self.pagesArea)

        self.retranslateUi(DocumentsPage)

        QMetaObject.connectSlotsByName(DocumentsPage)
    # setupUi

    def retranslateUi(self, DocumentsPage):
        DocumentsPage.setWindowTitle(QCoreApplication.translate("DocumentsPage", u"Documents", None))
        self.heading.setText(QCoreApplication.translate("DocumentsPage", u"Documents", None))
        self.hintLabel.setText("")
        self.documentLabel.setText(QCoreApplication.translate("DocumentsPage", u"Doc&ument:", None))
#if QT_CONFIG(accessibility)
        self.documentList.setAccessibleName(QCoreApplication.translate("DocumentsPage", u"Documents you can make", None))
#endif // QT_CONFIG(accessibility)
        self.documentAbout.setText("")
#if QT_CONFIG(accessibility)
        self.documentAbout.setAccessibleName(QCoreApplication.translate("DocumentsPage", u"About the chosen document", None))
#endif // QT_CONFIG(accessibility)
        self.optionsBox.setTitle(QCoreApplication.translate("DocumentsPage", u"Options", None))
        self.fromCheck.setText(QCoreApplication.translate("DocumentsPage", u"&From:", None))
#if QT_CONFIG(accessibility)
        self.fromCheck.setAccessibleName(QCoreApplication.translate("DocumentsPage", u"Only from a date", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.fromDate.setAccessibleName(QCoreApplication.translate("DocumentsPage", u"From date", None))
#endif // QT_CONFIG(accessibility)
        self.fromDate.setDisplayFormat(QCoreApplication.translate("DocumentsPage", u"d MMM yyyy", None))
        self.toCheck.setText(QCoreApplication.translate("DocumentsPage", u"&To:", None))
#if QT_CONFIG(accessibility)
        self.toCheck.setAccessibleName(QCoreApplication.translate("DocumentsPage", u"Only up to a date", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.toDate.setAccessibleName(QCoreApplication.translate("DocumentsPage", u"To date", None))
#endif // QT_CONFIG(accessibility)
        self.toDate.setDisplayFormat(QCoreApplication.translate("DocumentsPage", u"d MMM yyyy", None))
        self.orgLabel.setText(QCoreApplication.translate("DocumentsPage", u"&Organisation:", None))
#if QT_CONFIG(accessibility)
        self.orgCombo.setAccessibleName(QCoreApplication.translate("DocumentsPage", u"Organisation", None))
#endif // QT_CONFIG(accessibility)
        self.groupByLabel.setText(QCoreApplication.translate("DocumentsPage", u"&Group by:", None))
#if QT_CONFIG(accessibility)
        self.groupByCombo.setAccessibleName(QCoreApplication.translate("DocumentsPage", u"Group contributions by", None))
#endif // QT_CONFIG(accessibility)
        self.taxYearLabel.setText(QCoreApplication.translate("DocumentsPage", u"Tax &year:", None))
#if QT_CONFIG(accessibility)
        self.taxYearCombo.setAccessibleName(QCoreApplication.translate("DocumentsPage", u"Tax year", None))
#endif // QT_CONFIG(accessibility)
        self.benefitLabel.setText(QCoreApplication.translate("DocumentsPage", u"&Benefit:", None))
#if QT_CONFIG(accessibility)
        self.benefitCombo.setAccessibleName(QCoreApplication.translate("DocumentsPage", u"Benefit to check", None))
#endif // QT_CONFIG(accessibility)
        self.byActivityDate.setText(QCoreApplication.translate("DocumentsPage", u"Count fees on the &day of the work, not when paid", None))
#if QT_CONFIG(accessibility)
        self.byActivityDate.setAccessibleName(QCoreApplication.translate("DocumentsPage", u"Count fees on the day of the work", None))
#endif // QT_CONFIG(accessibility)
        self.contactNames.setText(QCoreApplication.translate("DocumentsPage", u"Include contact &names", None))
#if QT_CONFIG(accessibility)
        self.contactNames.setAccessibleName(QCoreApplication.translate("DocumentsPage", u"Include contact names", None))
#endif // QT_CONFIG(accessibility)
        self.includeFeedback.setText(QCoreApplication.translate("DocumentsPage", u"Include feedback and t&estimonials", None))
#if QT_CONFIG(accessibility)
        self.includeFeedback.setAccessibleName(QCoreApplication.translate("DocumentsPage", u"Include feedback and testimonials", None))
#endif // QT_CONFIG(accessibility)
        self.includeTraining.setText(QCoreApplication.translate("DocumentsPage", u"Include t&raining", None))
#if QT_CONFIG(accessibility)
        self.includeTraining.setAccessibleName(QCoreApplication.translate("DocumentsPage", u"Include training", None))
#endif // QT_CONFIG(accessibility)
        self.largePrint.setText(QCoreApplication.translate("DocumentsPage", u"&Large print", None))
#if QT_CONFIG(accessibility)
        self.largePrint.setAccessibleName(QCoreApplication.translate("DocumentsPage", u"Large print", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.largePrint.setAccessibleDescription(QCoreApplication.translate("DocumentsPage", u"Body text at least 16 point in Atkinson Hyperlegible", None))
#endif // QT_CONFIG(accessibility)
        self.editMyTerms.setText(QCoreApplication.translate("DocumentsPage", u"Edit &my terms\u2026", None))
#if QT_CONFIG(accessibility)
        self.editMyTerms.setAccessibleName(QCoreApplication.translate("DocumentsPage", u"Edit my terms of involvement", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.editMyTerms.setAccessibleDescription(QCoreApplication.translate("DocumentsPage", u"What you expect: rate, payable time, expenses, days to pay, access needs", None))
#endif // QT_CONFIG(accessibility)
        self.makeButton.setText(QCoreApplication.translate("DocumentsPage", u"&Make PDF", None))
#if QT_CONFIG(accessibility)
        self.makeButton.setAccessibleName(QCoreApplication.translate("DocumentsPage", u"Make the PDF and preview it", None))
#endif // QT_CONFIG(accessibility)
        self.cancelButton.setText(QCoreApplication.translate("DocumentsPage", u"&Cancel", None))
#if QT_CONFIG(accessibility)
        self.cancelButton.setAccessibleName(QCoreApplication.translate("DocumentsPage", u"Cancel making the PDF", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.progressBar.setAccessibleName(QCoreApplication.translate("DocumentsPage", u"Progress making the PDF", None))
#endif // QT_CONFIG(accessibility)
        self.status.setText("")
#if QT_CONFIG(accessibility)
        self.status.setAccessibleName(QCoreApplication.translate("DocumentsPage", u"Document status", None))
#endif // QT_CONFIG(accessibility)
        self.saveAs.setText(QCoreApplication.translate("DocumentsPage", u"&Save as\u2026", None))
#if QT_CONFIG(accessibility)
        self.saveAs.setAccessibleName(QCoreApplication.translate("DocumentsPage", u"Save the PDF as a file", None))
#endif // QT_CONFIG(accessibility)
        self.openViewer.setText(QCoreApplication.translate("DocumentsPage", u"Open in PDF &viewer", None))
#if QT_CONFIG(accessibility)
        self.openViewer.setAccessibleName(QCoreApplication.translate("DocumentsPage", u"Open the PDF in your PDF viewer", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.pagesArea.setAccessibleName(QCoreApplication.translate("DocumentsPage", u"Preview of the PDF", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi
