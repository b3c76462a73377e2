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
    QFrame, QGroupBox, QHBoxLayout, QLabel,
    QLineEdit, QListView, QListWidget, QListWidgetItem,
    QPushButton, QScrollArea, QSizePolicy, QSpacerItem,
    QSpinBox, QVBoxLayout, QWidget)

from coprod_desktop.ui.widgets.date_field import DateField

class Ui_ExpenseDialog(object):
    def setupUi(self, ExpenseDialog):
        if not ExpenseDialog.objectName():
            ExpenseDialog.setObjectName(u"ExpenseDialog")
        ExpenseDialog.resize(640, 720)
        self.mainLayout = QVBoxLayout(ExpenseDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.scrollArea = QScrollArea(ExpenseDialog)
        self.scrollArea.setObjectName(u"scrollArea")
        self.scrollArea.setWidgetResizable(True)
        self.scrollArea.setFrameShape(QFrame.NoFrame)
        self.scrollArea.setFocusPolicy(Qt.NoFocus)
        self.scrollContents = QWidget()
        self.scrollContents.setObjectName(u"scrollContents")
        self.contentsLayout = QVBoxLayout(self.scrollContents)
        self.contentsLayout.setObjectName(u"contentsLayout")
        self.expenseBox = QGroupBox(self.scrollContents)
        self.expenseBox.setObjectName(u"expenseBox")
        self.expenseBoxForm = QFormLayout(self.expenseBox)
        self.expenseBoxForm.setObjectName(u"expenseBoxForm")
        self.expenseBoxForm.setFieldGrowthPolicy(QFormLayout.AllNonFixedFieldsGrow)
        self.expenseBoxForm.setRowWrapPolicy(QFormLayout.WrapLongRows)
        self.organisationLabel = QLabel(self.expenseBox)
        self.organisationLabel.setObjectName(u"organisationLabel")
        self.organisationLabel.setWordWrap(True)

        self.expenseBoxForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.organisationLabel)

        self.organisationCell = QVBoxLayout()
        self.organisationCell.setSpacing(2)
        self.organisationCell.setObjectName(u"organisationCell")
        self.organisation = QComboBox(self.expenseBox)
        self.organisation.setObjectName(u"organisation")

        self.organisationCell.addWidget(self.organisation)

        self.organisationError = QLabel(self.expenseBox)
        self.organisationError.setObjectName(u"organisationError")
        self.organisationError.setWordWrap(True)

        self.organisationCell.addWidget(self.organisationError)


        self.expenseBoxForm.setLayout(0, QFormLayout.ItemRole.FieldRole, self.organisationCell)

        self.activityLabel = QLabel(self.expenseBox)
        self.activityLabel.setObjectName(u"activityLabel")
        self.activityLabel.setWordWrap(True)

        self.expenseBoxForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.activityLabel)

        self.activityCell = QVBoxLayout()
        self.activityCell.setSpacing(2)
        self.activityCell.setObjectName(u"activityCell")
        self.activity = QComboBox(self.expenseBox)
        self.activity.setObjectName(u"activity")

        self.activityCell.addWidget(self.activity)

        self.activityError = QLabel(self.expenseBox)
        self.activityError.setObjectName(u"activityError")
        self.activityError.setWordWrap(True)

        self.activityCell.addWidget(self.activityError)


        self.expenseBoxForm.setLayout(1, QFormLayout.ItemRole.FieldRole, self.activityCell)

        self.dateLabel = QLabel(self.expenseBox)
        self.dateLabel.setObjectName(u"dateLabel")
        self.dateLabel.setWordWrap(True)

        self.expenseBoxForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.dateLabel)

        self.dateCell = QVBoxLayout()
        self.dateCell.setSpacing(2)
        self.dateCell.setObjectName(u"dateCell")
        self.date = DateField(self.expenseBox)
        self.date.setObjectName(u"date")
        self.date.setCalendarPopup(True)

        self.dateCell.addWidget(self.date)

        self.dateError = QLabel(self.expenseBox)
        self.dateError.setObjectName(u"dateError")
        self.dateError.setWordWrap(True)

        self.dateCell.addWidget(self.dateError)


        self.expenseBoxForm.setLayout(2, QFormLayout.ItemRole.FieldRole, self.dateCell)

        self.categoryLabel = QLabel(self.expenseBox)
        self.categoryLabel.setObjectName(u"categoryLabel")
        self.categoryLabel.setWordWrap(True)

        self.expenseBoxForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.categoryLabel)

        self.categoryCell = QVBoxLayout()
        self.categoryCell.setSpacing(2)
        self.categoryCell.setObjectName(u"categoryCell")
        self.category = QComboBox(self.expenseBox)
        self.category.setObjectName(u"category")

        self.categoryCell.addWidget(self.category)


        self.expenseBoxForm.setLayout(3, QFormLayout.ItemRole.FieldRole, self.categoryCell)

        self.amountLabel = QLabel(self.expenseBox)
        self.amountLabel.setObjectName(u"amountLabel")
        self.amountLabel.setWordWrap(True)

        self.expenseBoxForm.setWidget(4, QFormLayout.ItemRole.LabelRole, self.amountLabel)

        self.amountCell = QVBoxLayout()
        self.amountCell.setSpacing(2)
        self.amountCell.setObjectName(u"amountCell")
        self.amount = QLineEdit(self.expenseBox)
        self.amount.setObjectName(u"amount")

        self.amountCell.addWidget(self.amount)

        self.amountError = QLabel(self.expenseBox)
        self.amountError.setObjectName(u"amountError")
        self.amountError.setWordWrap(True)

        self.amountCell.addWidget(self.amountError)


        self.expenseBoxForm.setLayout(4, QFormLayout.ItemRole.FieldRole, self.amountCell)

        self.milesLabel = QLabel(self.expenseBox)
        self.milesLabel.setObjectName(u"milesLabel")
        self.milesLabel.setWordWrap(True)

        self.expenseBoxForm.setWidget(5, QFormLayout.ItemRole.LabelRole, self.milesLabel)

        self.milesCell = QVBoxLayout()
        self.milesCell.setSpacing(2)
        self.milesCell.setObjectName(u"milesCell")
        self.miles = QLineEdit(self.expenseBox)
        self.miles.setObjectName(u"miles")

        self.milesCell.addWidget(self.miles)

        self.milesError = QLabel(self.expenseBox)
        self.milesError.setObjectName(u"milesError")
        self.milesError.setWordWrap(True)

        self.milesCell.addWidget(self.milesError)


        self.expenseBoxForm.setLayout(5, QFormLayout.ItemRole.FieldRole, self.milesCell)

        self.vehicleLabel = QLabel(self.expenseBox)
        self.vehicleLabel.setObjectName(u"vehicleLabel")
        self.vehicleLabel.setWordWrap(True)

        self.expenseBoxForm.setWidget(6, QFormLayout.ItemRole.LabelRole, self.vehicleLabel)

        self.vehicleCell = QVBoxLayout()
        self.vehicleCell.setSpacing(2)
        self.vehicleCell.setObjectName(u"vehicleCell")
        self.vehicle = QComboBox(self.expenseBox)
        self.vehicle.setObjectName(u"vehicle")

        self.vehicleCell.addWidget(self.vehicle)


        self.expenseBoxForm.setLayout(6, QFormLayout.ItemRole.FieldRole, self.vehicleCell)

        self.passengersLabel = QLabel(self.expenseBox)
        self.passengersLabel.setObjectName(u"passengersLabel")
        self.passengersLabel.setWordWrap(True)

        self.expenseBoxForm.setWidget(7, QFormLayout.ItemRole.LabelRole, self.passengersLabel)

        self.passengersCell = QVBoxLayout()
        self.passengersCell.setSpacing(2)
        self.passengersCell.setObjectName(u"passengersCell")
        self.passengers = QSpinBox(self.expenseBox)
        self.passengers.setObjectName(u"passengers")
        self.passengers.setMaximum(8)

        self.passengersCell.addWidget(self.passengers)

        self.passengersError = QLabel(self.expenseBox)
        self.passengersError.setObjectName(u"passengersError")
        self.passengersError.setWordWrap(True)

        self.passengersCell.addWidget(self.passengersError)


        self.expenseBoxForm.setLayout(7, QFormLayout.ItemRole.FieldRole, self.passengersCell)

        self.figure = QLabel(self.expenseBox)
        self.figure.setObjectName(u"figure")
        self.figure.setWordWrap(True)

        self.expenseBoxForm.setWidget(8, QFormLayout.ItemRole.SpanningRole, self.figure)

        self.descriptionLabel = QLabel(self.expenseBox)
        self.descriptionLabel.setObjectName(u"descriptionLabel")
        self.descriptionLabel.setWordWrap(True)

        self.expenseBoxForm.setWidget(9, QFormLayout.ItemRole.LabelRole, self.descriptionLabel)

        self.descriptionCell = QVBoxLayout()
        self.descriptionCell.setSpacing(2)
        self.descriptionCell.setObjectName(u"descriptionCell")
        self.description = QLineEdit(self.expenseBox)
        self.description.setObjectName(u"description")

        self.descriptionCell.addWidget(self.description)

        self.descriptionError = QLabel(self.expenseBox)
        self.descriptionError.setObjectName(u"descriptionError")
        self.descriptionError.setWordWrap(True)

        self.descriptionCell.addWidget(self.descriptionError)


        self.expenseBoxForm.setLayout(9, QFormLayout.ItemRole.FieldRole, self.descriptionCell)

        self.reimbursableCell = QVBoxLayout()
        self.reimbursableCell.setObjectName(u"reimbursableCell")
        self.reimbursable = QCheckBox(self.expenseBox)
        self.reimbursable.setObjectName(u"reimbursable")

        self.reimbursableCell.addWidget(self.reimbursable)


        self.expenseBoxForm.setLayout(10, QFormLayout.ItemRole.SpanningRole, self.reimbursableCell)


        self.contentsLayout.addWidget(self.expenseBox)

        self.receiptsBox = QGroupBox(self.scrollContents)
        self.receiptsBox.setObjectName(u"receiptsBox")
        self.receiptsBoxForm = QFormLayout(self.receiptsBox)
        self.receiptsBoxForm.setObjectName(u"receiptsBoxForm")
        self.receiptsBoxForm.setFieldGrowthPolicy(QFormLayout.AllNonFixedFieldsGrow)
        self.receiptsBoxForm.setRowWrapPolicy(QFormLayout.WrapLongRows)
        self.receiptsHelp = QLabel(self.receiptsBox)
        self.receiptsHelp.setObjectName(u"receiptsHelp")
        self.receiptsHelp.setWordWrap(True)

        self.receiptsBoxForm.setWidget(0, QFormLayout.ItemRole.SpanningRole, self.receiptsHelp)

        self.receipts = QListWidget(self.receiptsBox)
        self.receipts.setObjectName(u"receipts")
        self.receipts.setViewMode(QListView.IconMode)
        self.receipts.setMovement(QListView.Static)
        self.receipts.setResizeMode(QListView.Adjust)
        self.receipts.setWordWrap(True)
        self.receipts.setAcceptDrops(True)
        self.receipts.setDragDropMode(QAbstractItemView.DropOnly)
        self.receipts.setSelectionMode(QAbstractItemView.ExtendedSelection)
        self.receipts.setSpacing(8)

        self.receiptsBoxForm.setWidget(1, QFormLayout.ItemRole.SpanningRole, self.receipts)

        self.receiptButtons = QHBoxLayout()
        self.receiptButtons.setObjectName(u"receiptButtons")
        self.addReceipt = QPushButton(self.receiptsBox)
        self.addReceipt.setObjectName(u"addReceipt")

        self.receiptButtons.addWidget(self.addReceipt)

        self.removeReceipt = QPushButton(self.receiptsBox)
        self.removeReceipt.setObjectName(u"removeReceipt")

        self.receiptButtons.addWidget(self.removeReceipt)

        self.hspacer1 = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.receiptButtons.addItem(self.hspacer1)


        self.receiptsBoxForm.setLayout(2, QFormLayout.ItemRole.SpanningRole, self.receiptButtons)

        self.receiptErrorCell = QVBoxLayout()
        self.receiptErrorCell.setObjectName(u"receiptErrorCell")
        self.receiptError = QLabel(self.receiptsBox)
        self.receiptError.setObjectName(u"receiptError")
        self.receiptError.setWordWrap(True)

        self.receiptErrorCell.addWidget(self.receiptError)


        self.receiptsBoxForm.setLayout(3, QFormLayout.ItemRole.SpanningRole, self.receiptErrorCell)


        self.contentsLayout.addWidget(self.receiptsBox)

        self.contentsSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.contentsLayout.addItem(self.contentsSpacer)

        self.scrollArea.setWidget(self.scrollContents)

        self.mainLayout.addWidget(self.scrollArea)

        self.formError = QLabel(ExpenseDialog)
        self.formError.setObjectName(u"formError")
        self.formError.setWordWrap(True)

        self.mainLayout.addWidget(self.formError)

        self.saveHint = QLabel(ExpenseDialog)
        self.saveHint.setObjectName(u"saveHint")
        self.saveHint.setWordWrap(True)

        self.mainLayout.addWidget(self.saveHint)

        self.buttonBox = QDialogButtonBox(ExpenseDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Save)

        self.mainLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.organisationLabel.setBuddy(self.organisation)
        self.activityLabel.setBuddy(self.activity)
        self.dateLabel.setBuddy(self.date)
        self.categoryLabel.setBuddy(self.category)
        self.amountLabel.setBuddy(self.amount)
        self.milesLabel.setBuddy(self.miles)
        self.vehicleLabel.setBuddy(self.vehicle)
        self.passengersLabel.setBuddy(self.passengers)
        self.descriptionLabel.setBuddy(self.description)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.receipts, self.organisation)
        QWidget.setTabOrder(self.organisation, self.activity)
        QWidget.setTabOrder(self.activity, self.date)
        QWidget.setTabOrder(self.date, self.category)
        QWidget.setTabOrder(self.category, self.amount)
        QWidget.setTabOrder(self.amount, self.miles)
        QWidget.setTabOrder(self.miles, self.vehicle)
        QWidget.setTabOrder(self.vehicle, self.passengers)
        QWidget.setTabOrder(self.passengers, self.description)
        QWidget.setTabOrder(self.description, self.reimbursable)
        QWidget.setTabOrder(self.reimbursable, self.addReceipt)
        QWidget.setTabOrder(self.addReceipt, self.removeReceipt)

        self.retranslateUi(ExpenseDialog)

        QMetaObject.connectSlotsByName(ExpenseDialog)
    # setupUi

    def retranslateUi(self, ExpenseDialog):
        ExpenseDialog.setWindowTitle(QCoreApplication.translate("ExpenseDialog", u"Expense", None))
        self.expenseBox.setTitle(QCoreApplication.translate("ExpenseDialog", u"Expense", None))
        self.organisationLabel.setText(QCoreApplication.translate("ExpenseDialog", u"&Organisation:", None))
#if QT_CONFIG(accessibility)
        self.organisation.setAccessibleName(QCoreApplication.translate("ExpenseDialog", u"Organisation", None))
#endif // QT_CONFIG(accessibility)
        self.organisationError.setText("")
#if QT_CONFIG(accessibility)
        self.organisationError.setAccessibleName("")
#endif // QT_CONFIG(accessibility)
        self.activityLabel.setText(QCoreApplication.translate("ExpenseDialog", u"&For the activity:", None))
#if QT_CONFIG(accessibility)
        self.activity.setAccessibleName(QCoreApplication.translate("ExpenseDialog", u"For the activity", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.activity.setAccessibleDescription(QCoreApplication.translate("ExpenseDialog", u"Optional: the activity this expense was for", None))
#endif // QT_CONFIG(accessibility)
        self.activityError.setText("")
#if QT_CONFIG(accessibility)
        self.activityError.setAccessibleName("")
#endif // QT_CONFIG(accessibility)
        self.dateLabel.setText(QCoreApplication.translate("ExpenseDialog", u"&Date:", None))
#if QT_CONFIG(accessibility)
        self.date.setAccessibleName(QCoreApplication.translate("ExpenseDialog", u"Date", None))
#endif // QT_CONFIG(accessibility)
        self.date.setDisplayFormat(QCoreApplication.translate("ExpenseDialog", u"dd/MM/yyyy", None))
        self.dateError.setText("")
#if QT_CONFIG(accessibility)
        self.dateError.setAccessibleName("")
#endif // QT_CONFIG(accessibility)
        self.categoryLabel.setText(QCoreApplication.translate("ExpenseDialog", u"C&ategory:", None))
#if QT_CONFIG(accessibility)
        self.category.setAccessibleName(QCoreApplication.translate("ExpenseDialog", u"Category", None))
#endif // QT_CONFIG(accessibility)
        self.amountLabel.setText(QCoreApplication.translate("ExpenseDialog", u"A&mount:", None))
        self.amount.setPlaceholderText(QCoreApplication.translate("ExpenseDialog", u"For example 12.50", None))
#if QT_CONFIG(accessibility)
        self.amount.setAccessibleName(QCoreApplication.translate("ExpenseDialog", u"Amount in pounds", None))
#endif // QT_CONFIG(accessibility)
        self.amountError.setText("")
#if QT_CONFIG(accessibility)
        self.amountError.setAccessibleName("")
#endif // QT_CONFIG(accessibility)
        self.milesLabel.setText(QCoreApplication.translate("ExpenseDialog", u"M&iles:", None))
        self.miles.setPlaceholderText(QCoreApplication.translate("ExpenseDialog", u"For example 12.5", None))
#if QT_CONFIG(accessibility)
        self.miles.setAccessibleName(QCoreApplication.translate("ExpenseDialog", u"Miles driven", None))
#endif // QT_CONFIG(accessibility)
        self.milesError.setText("")
#if QT_CONFIG(accessibility)
        self.milesError.setAccessibleName("")
#endif // QT_CONFIG(accessibility)
        self.vehicleLabel.setText(QCoreApplication.translate("ExpenseDialog", u"&Vehicle:", None))
#if QT_CONFIG(accessibility)
        self.vehicle.setAccessibleName(QCoreApplication.translate("ExpenseDialog", u"Vehicle", None))
#endif // QT_CONFIG(accessibility)
        self.passengersLabel.setText(QCoreApplication.translate("ExpenseDialog", u"&Passengers carried:", None))
#if QT_CONFIG(accessibility)
        self.passengers.setAccessibleName(QCoreApplication.translate("ExpenseDialog", u"Passengers carried", None))
#endif // QT_CONFIG(accessibility)
        self.passengersError.setText("")
#if QT_CONFIG(accessibility)
        self.passengersError.setAccessibleName("")
#endif // QT_CONFIG(accessibility)
        self.figure.setText("")
        self.descriptionLabel.setText(QCoreApplication.translate("ExpenseDialog", u"D&escription:", None))
        self.description.setPlaceholderText(QCoreApplication.translate("ExpenseDialog", u"For example: Home to Queen's Medical Centre and back", None))
#if QT_CONFIG(accessibility)
        self.description.setAccessibleName(QCoreApplication.translate("ExpenseDialog", u"Description", None))
#endif // QT_CONFIG(accessibility)
        self.descriptionError.setText("")
#if QT_CONFIG(accessibility)
        self.descriptionError.setAccessibleName("")
#endif // QT_CONFIG(accessibility)
        self.reimbursable.setText(QCoreApplication.translate("ExpenseDialog", u"As&k the organisation to pay this back", None))
#if QT_CONFIG(accessibility)
        self.reimbursable.setAccessibleName(QCoreApplication.translate("ExpenseDialog", u"Ask the organisation to pay this back", None))
#endif // QT_CONFIG(accessibility)
        self.receiptsBox.setTitle(QCoreApplication.translate("ExpenseDialog", u"Receipts", None))
        self.receiptsHelp.setText(QCoreApplication.translate("ExpenseDialog", u"Add a photo or PDF of each receipt with the button, or drag files onto the list.", None))
#if QT_CONFIG(accessibility)
        self.receipts.setAccessibleName(QCoreApplication.translate("ExpenseDialog", u"Receipts", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.receipts.setAccessibleDescription(QCoreApplication.translate("ExpenseDialog", u"Receipt files kept with this expense. Drop PNG, JPEG or PDF files here.", None))
#endif // QT_CONFIG(accessibility)
        self.addReceipt.setText(QCoreApplication.translate("ExpenseDialog", u"Add &receipt\u2026", None))
#if QT_CONFIG(accessibility)
        self.addReceipt.setAccessibleName(QCoreApplication.translate("ExpenseDialog", u"Add receipt", None))
#endif // QT_CONFIG(accessibility)
        self.removeReceipt.setText(QCoreApplication.translate("ExpenseDialog", u"Remove receip&t", None))
#if QT_CONFIG(accessibility)
        self.removeReceipt.setAccessibleName(QCoreApplication.translate("ExpenseDialog", u"Remove selected receipt", None))
#endif // QT_CONFIG(accessibility)
        self.receiptError.setText("")
#if QT_CONFIG(accessibility)
        self.receiptError.setAccessibleName("")
#endif // QT_CONFIG(accessibility)
        self.formError.setText("")
#if QT_CONFIG(accessibility)
        self.formError.setAccessibleName("")
#endif // QT_CONFIG(accessibility)
        self.saveHint.setText("")
#if QT_CONFIG(accessibility)
        self.saveHint.setAccessibleName("")
#endif // QT_CONFIG(accessibility)
    # retranslateUi
