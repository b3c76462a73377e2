# -*- coding: utf-8 -*-


from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QApplication, QCheckBox, QComboBox, QFrame,
    QGridLayout, QGroupBox, QHBoxLayout, QLabel,
    QListWidget, QListWidgetItem, QProgressBar, QPushButton,
    QScrollArea, QSizePolicy, QSpacerItem, QSpinBox,
    QVBoxLayout, QWidget)

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

        self.optionsScroll = QScrollArea(DocumentsPage)
        self.optionsScroll.setObjectName(u"optionsScroll")
        self.optionsScroll.setFrameShape(QFrame.NoFrame)
        self.optionsScroll.setWidgetResizable(True)
        self.optionsBox = QGroupBox()
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

        self.pickBundles = QPushButton(self.optionsBox)
        self.pickBundles.setObjectName(u"pickBundles")

        self.optionsForm.addWidget(self.pickBundles, 11, 0, 1, 1)

        self.bundlesChosen = QLabel(self.optionsBox)
        self.bundlesChosen.setObjectName(u"bundlesChosen")
        self.bundlesChosen.setWordWrap(True)

        self.optionsForm.addWidget(self.bundlesChosen, 11, 1, 1, 1)

        self.groupOrgLabel = QLabel(self.optionsBox)
        self.groupOrgLabel.setObjectName(u"groupOrgLabel")

        self.optionsForm.addWidget(self.groupOrgLabel, 12, 0, 1, 1)

        self.groupOrgList = QListWidget(self.optionsBox)
        self.groupOrgList.setObjectName(u"groupOrgList")
        self.groupOrgList.setMaximumHeight(120)

        self.optionsForm.addWidget(self.groupOrgList, 12, 1, 1, 1)

        self.formLabel = QLabel(self.optionsBox)
        self.formLabel.setObjectName(u"formLabel")

        self.optionsForm.addWidget(self.formLabel, 13, 0, 1, 1)

        self.formCombo = QComboBox(self.optionsBox)
        self.formCombo.setObjectName(u"formCombo")

        self.optionsForm.addWidget(self.formCombo, 13, 1, 1, 1)

        self.limitLabel = QLabel(self.optionsBox)
        self.limitLabel.setObjectName(u"limitLabel")

        self.optionsForm.addWidget(self.limitLabel, 14, 0, 1, 1)

        self.highlightLimit = QSpinBox(self.optionsBox)
        self.highlightLimit.setObjectName(u"highlightLimit")
        self.highlightLimit.setMinimum(1)
        self.highlightLimit.setMaximum(500)
        self.highlightLimit.setValue(40)

        self.optionsForm.addWidget(self.highlightLimit, 14, 1, 1, 1)

        self.showLevels = QCheckBox(self.optionsBox)
        self.showLevels.setObjectName(u"showLevels")

        self.optionsForm.addWidget(self.showLevels, 15, 0, 1, 2)

        self.optionsScroll.setWidget(self.optionsBox)

        self.leftLayout.addWidget(self.optionsScroll)

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

        self.exportBundle = QPushButton(DocumentsPage)
        self.exportBundle.setObjectName(u"exportBundle")

        self.makeLayout.addWidget(self.exportBundle)


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

        self.printButton = QPushButton(DocumentsPage)
        self.printButton.setObjectName(u"printButton")

        self.saveLayout.addWidget(self.printButton)


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
        self.groupOrgLabel.setBuddy(self.groupOrgList)
        self.formLabel.setBuddy(self.formCombo)
        self.limitLabel.setBuddy(self.highlightLimit)
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
        QWidget.setTabOrder(self.largePrint, self.formCombo)
        QWidget.setTabOrder(self.formCombo, self.highlightLimit)
        QWidget.setTabOrder(self.highlightLimit, self.showLevels)
        QWidget.setTabOrder(self.showLevels, self.pickBundles)
        QWidget.setTabOrder(self.pickBundles, self.groupOrgList)
        QWidget.setTabOrder(self.groupOrgList, self.editMyTerms)
        QWidget.setTabOrder(self.editMyTerms, self.makeButton)
        QWidget.setTabOrder(self.makeButton, self.cancelButton)
        QWidget.setTabOrder(self.cancelButton, self.exportBundle)
        QWidget.setTabOrder(self.exportBundle, self.saveAs)
        QWidget.setTabOrder(self.saveAs, self.openViewer)
        QWidget.setTabOrder(self.openViewer, self.printButton)
        QWidget.setTabOrder(self.printButton, self.pagesArea)

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
#if QT_CONFIG(accessibility)
        self.optionsScroll.setAccessibleName(QCoreApplication.translate("DocumentsPage", u"Options", None))
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
        self.largePrint.setAccessibleDescription(QCoreApplication.translate("DocumentsPage", u"Every text at least 16 point in Atkinson Hyperlegible Next", None))
#endif // QT_CONFIG(accessibility)
        self.pickBundles.setText(QCoreApplication.translate("DocumentsPage", u"&Pick members' bundles\u2026", None))
#if QT_CONFIG(accessibility)
        self.pickBundles.setAccessibleName(QCoreApplication.translate("DocumentsPage", u"Pick members' evidence bundles", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.pickBundles.setAccessibleDescription(QCoreApplication.translate("DocumentsPage", u"Choose the anonymised bundle files members sent you", None))
#endif // QT_CONFIG(accessibility)
        self.bundlesChosen.setText(QCoreApplication.translate("DocumentsPage", u"No bundles picked yet.", None))
#if QT_CONFIG(accessibility)
        self.bundlesChosen.setAccessibleName(QCoreApplication.translate("DocumentsPage", u"Bundles picked", None))
#endif // QT_CONFIG(accessibility)
        self.groupOrgLabel.setText(QCoreApplication.translate("DocumentsPage", u"Organisat&ions in the pack:", None))
#if QT_CONFIG(accessibility)
        self.groupOrgList.setAccessibleName(QCoreApplication.translate("DocumentsPage", u"Organisations in the group pack", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.groupOrgList.setAccessibleDescription(QCoreApplication.translate("DocumentsPage", u"Tick the organisations the pack covers; none ticked covers them all", None))
#endif // QT_CONFIG(accessibility)
        self.formLabel.setText(QCoreApplication.translate("DocumentsPage", u"Portfol&io form:", None))
#if QT_CONFIG(accessibility)
        self.formCombo.setAccessibleName(QCoreApplication.translate("DocumentsPage", u"Portfolio form", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.formCombo.setAccessibleDescription(QCoreApplication.translate("DocumentsPage", u"Summary: one page. Highlights: your highlights with a line of totals per year and organisation. Full: every contribution", None))
#endif // QT_CONFIG(accessibility)
        self.limitLabel.setText(QCoreApplication.translate("DocumentsPage", u"&Highlights at most:", None))
#if QT_CONFIG(accessibility)
        self.highlightLimit.setAccessibleName(QCoreApplication.translate("DocumentsPage", u"Most highlights listed", None))
#endif // QT_CONFIG(accessibility)
        self.showLevels.setText(QCoreApplication.translate("DocumentsPage", u"Show level labels (described, my &judgement)", None))
#if QT_CONFIG(accessibility)
        self.showLevels.setAccessibleName(QCoreApplication.translate("DocumentsPage", u"Show level labels", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.showLevels.setAccessibleDescription(QCoreApplication.translate("DocumentsPage", u"Print how each contribution was described and your own judgement of its level", None))
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
        self.exportBundle.setText(QCoreApplication.translate("DocumentsPage", u"E&xport a bundle\u2026", None))
#if QT_CONFIG(tooltip)
        self.exportBundle.setToolTip(QCoreApplication.translate("DocumentsPage", u"An anonymised evidence bundle for an advocate; you see what it holds first", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.exportBundle.setAccessibleName(QCoreApplication.translate("DocumentsPage", u"Export an anonymised evidence bundle for an advocate", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.exportBundle.setAccessibleDescription(QCoreApplication.translate("DocumentsPage", u"Shows what the bundle holds before anything is written", None))
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
        self.printButton.setText(QCoreApplication.translate("DocumentsPage", u"&Print\u2026", None))
#if QT_CONFIG(tooltip)
        self.printButton.setToolTip(QCoreApplication.translate("DocumentsPage", u"Print the PDF on one of this computer's printers, or to a PDF file (Ctrl+P)", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.printButton.setAccessibleName(QCoreApplication.translate("DocumentsPage", u"Print the PDF", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.pagesArea.setAccessibleName(QCoreApplication.translate("DocumentsPage", u"Preview of the PDF", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi
