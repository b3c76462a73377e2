# -*- coding: utf-8 -*-


from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QApplication, QCheckBox, QComboBox, QFormLayout,
    QGridLayout, QLabel, QLineEdit, QPlainTextEdit,
    QSizePolicy, QVBoxLayout, QWidget)

from coprod_desktop.ui.widgets.date_field import DateField

class Ui_TermsForm(object):
    def setupUi(self, TermsForm):
        if not TermsForm.objectName():
            TermsForm.setObjectName(u"TermsForm")
        TermsForm.resize(600, 700)
        self.termsForm = QFormLayout(TermsForm)
        self.termsForm.setObjectName(u"termsForm")
        self.termsForm.setFieldGrowthPolicy(QFormLayout.AllNonFixedFieldsGrow)
        self.termsForm.setRowWrapPolicy(QFormLayout.WrapLongRows)
        self.effectiveFromLabel = QLabel(TermsForm)
        self.effectiveFromLabel.setObjectName(u"effectiveFromLabel")
        self.effectiveFromLabel.setWordWrap(True)

        self.termsForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.effectiveFromLabel)

        self.effectiveFromCell = QVBoxLayout()
        self.effectiveFromCell.setSpacing(2)
        self.effectiveFromCell.setObjectName(u"effectiveFromCell")
        self.effectiveFrom = DateField(TermsForm)
        self.effectiveFrom.setObjectName(u"effectiveFrom")
        self.effectiveFrom.setCalendarPopup(True)

        self.effectiveFromCell.addWidget(self.effectiveFrom)

        self.effectiveFromError = QLabel(TermsForm)
        self.effectiveFromError.setObjectName(u"effectiveFromError")
        self.effectiveFromError.setWordWrap(True)

        self.effectiveFromCell.addWidget(self.effectiveFromError)


        self.termsForm.setLayout(0, QFormLayout.ItemRole.FieldRole, self.effectiveFromCell)

        self.classificationLabel = QLabel(TermsForm)
        self.classificationLabel.setObjectName(u"classificationLabel")
        self.classificationLabel.setWordWrap(True)

        self.termsForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.classificationLabel)

        self.classificationCell = QVBoxLayout()
        self.classificationCell.setSpacing(2)
        self.classificationCell.setObjectName(u"classificationCell")
        self.classification = QComboBox(TermsForm)
        self.classification.setObjectName(u"classification")

        self.classificationCell.addWidget(self.classification)


        self.termsForm.setLayout(1, QFormLayout.ItemRole.FieldRole, self.classificationCell)

        self.basisLabel = QLabel(TermsForm)
        self.basisLabel.setObjectName(u"basisLabel")
        self.basisLabel.setWordWrap(True)

        self.termsForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.basisLabel)

        self.basisCell = QVBoxLayout()
        self.basisCell.setSpacing(2)
        self.basisCell.setObjectName(u"basisCell")
        self.basis = QComboBox(TermsForm)
        self.basis.setObjectName(u"basis")

        self.basisCell.addWidget(self.basis)

        self.basisError = QLabel(TermsForm)
        self.basisError.setObjectName(u"basisError")
        self.basisError.setWordWrap(True)

        self.basisCell.addWidget(self.basisError)


        self.termsForm.setLayout(2, QFormLayout.ItemRole.FieldRole, self.basisCell)

        self.hourlyRateLabel = QLabel(TermsForm)
        self.hourlyRateLabel.setObjectName(u"hourlyRateLabel")
        self.hourlyRateLabel.setWordWrap(True)

        self.termsForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.hourlyRateLabel)

        self.hourlyRateCell = QVBoxLayout()
        self.hourlyRateCell.setSpacing(2)
        self.hourlyRateCell.setObjectName(u"hourlyRateCell")
        self.hourlyRate = QLineEdit(TermsForm)
        self.hourlyRate.setObjectName(u"hourlyRate")

        self.hourlyRateCell.addWidget(self.hourlyRate)

        self.hourlyRateError = QLabel(TermsForm)
        self.hourlyRateError.setObjectName(u"hourlyRateError")
        self.hourlyRateError.setWordWrap(True)

        self.hourlyRateCell.addWidget(self.hourlyRateError)


        self.termsForm.setLayout(3, QFormLayout.ItemRole.FieldRole, self.hourlyRateCell)

        self.sessionFeeLabel = QLabel(TermsForm)
        self.sessionFeeLabel.setObjectName(u"sessionFeeLabel")
        self.sessionFeeLabel.setWordWrap(True)

        self.termsForm.setWidget(4, QFormLayout.ItemRole.LabelRole, self.sessionFeeLabel)

        self.sessionFeeCell = QVBoxLayout()
        self.sessionFeeCell.setSpacing(2)
        self.sessionFeeCell.setObjectName(u"sessionFeeCell")
        self.sessionFee = QLineEdit(TermsForm)
        self.sessionFee.setObjectName(u"sessionFee")

        self.sessionFeeCell.addWidget(self.sessionFee)

        self.sessionFeeError = QLabel(TermsForm)
        self.sessionFeeError.setObjectName(u"sessionFeeError")
        self.sessionFeeError.setWordWrap(True)

        self.sessionFeeCell.addWidget(self.sessionFeeError)


        self.termsForm.setLayout(4, QFormLayout.ItemRole.FieldRole, self.sessionFeeCell)

        self.dayRateLabel = QLabel(TermsForm)
        self.dayRateLabel.setObjectName(u"dayRateLabel")
        self.dayRateLabel.setWordWrap(True)

        self.termsForm.setWidget(5, QFormLayout.ItemRole.LabelRole, self.dayRateLabel)

        self.dayRateCell = QVBoxLayout()
        self.dayRateCell.setSpacing(2)
        self.dayRateCell.setObjectName(u"dayRateCell")
        self.dayRate = QLineEdit(TermsForm)
        self.dayRate.setObjectName(u"dayRate")

        self.dayRateCell.addWidget(self.dayRate)

        self.dayRateError = QLabel(TermsForm)
        self.dayRateError.setObjectName(u"dayRateError")
        self.dayRateError.setWordWrap(True)

        self.dayRateCell.addWidget(self.dayRateError)


        self.termsForm.setLayout(5, QFormLayout.ItemRole.FieldRole, self.dayRateCell)

        self.halfDayRateLabel = QLabel(TermsForm)
        self.halfDayRateLabel.setObjectName(u"halfDayRateLabel")
        self.halfDayRateLabel.setWordWrap(True)

        self.termsForm.setWidget(6, QFormLayout.ItemRole.LabelRole, self.halfDayRateLabel)

        self.halfDayRateCell = QVBoxLayout()
        self.halfDayRateCell.setSpacing(2)
        self.halfDayRateCell.setObjectName(u"halfDayRateCell")
        self.halfDayRate = QLineEdit(TermsForm)
        self.halfDayRate.setObjectName(u"halfDayRate")

        self.halfDayRateCell.addWidget(self.halfDayRate)

        self.halfDayRateError = QLabel(TermsForm)
        self.halfDayRateError.setObjectName(u"halfDayRateError")
        self.halfDayRateError.setWordWrap(True)

        self.halfDayRateCell.addWidget(self.halfDayRateError)


        self.termsForm.setLayout(6, QFormLayout.ItemRole.FieldRole, self.halfDayRateCell)

        self.halfDayThresholdLabel = QLabel(TermsForm)
        self.halfDayThresholdLabel.setObjectName(u"halfDayThresholdLabel")
        self.halfDayThresholdLabel.setWordWrap(True)

        self.termsForm.setWidget(7, QFormLayout.ItemRole.LabelRole, self.halfDayThresholdLabel)

        self.halfDayThresholdCell = QVBoxLayout()
        self.halfDayThresholdCell.setSpacing(2)
        self.halfDayThresholdCell.setObjectName(u"halfDayThresholdCell")
        self.halfDayThreshold = QLineEdit(TermsForm)
        self.halfDayThreshold.setObjectName(u"halfDayThreshold")

        self.halfDayThresholdCell.addWidget(self.halfDayThreshold)

        self.halfDayThresholdError = QLabel(TermsForm)
        self.halfDayThresholdError.setObjectName(u"halfDayThresholdError")
        self.halfDayThresholdError.setWordWrap(True)

        self.halfDayThresholdCell.addWidget(self.halfDayThresholdError)


        self.termsForm.setLayout(7, QFormLayout.ItemRole.FieldRole, self.halfDayThresholdCell)

        self.payableLabel = QLabel(TermsForm)
        self.payableLabel.setObjectName(u"payableLabel")
        self.payableLabel.setWordWrap(True)

        self.termsForm.setWidget(8, QFormLayout.ItemRole.LabelRole, self.payableLabel)

        self.payableCell = QVBoxLayout()
        self.payableCell.setObjectName(u"payableCell")
        self.payableRow = QGridLayout()
        self.payableRow.setObjectName(u"payableRow")
        self.payPrep = QCheckBox(TermsForm)
        self.payPrep.setObjectName(u"payPrep")

        self.payableRow.addWidget(self.payPrep, 0, 0, 1, 1)

        self.payContact = QCheckBox(TermsForm)
        self.payContact.setObjectName(u"payContact")

        self.payableRow.addWidget(self.payContact, 0, 1, 1, 1)

        self.payTravel = QCheckBox(TermsForm)
        self.payTravel.setObjectName(u"payTravel")

        self.payableRow.addWidget(self.payTravel, 1, 0, 1, 1)

        self.payFollowup = QCheckBox(TermsForm)
        self.payFollowup.setObjectName(u"payFollowup")

        self.payableRow.addWidget(self.payFollowup, 1, 1, 1, 1)


        self.payableCell.addLayout(self.payableRow)

        self.payableError = QLabel(TermsForm)
        self.payableError.setObjectName(u"payableError")
        self.payableError.setWordWrap(True)

        self.payableCell.addWidget(self.payableError)


        self.termsForm.setLayout(8, QFormLayout.ItemRole.FieldRole, self.payableCell)

        self.minMinutesLabel = QLabel(TermsForm)
        self.minMinutesLabel.setObjectName(u"minMinutesLabel")
        self.minMinutesLabel.setWordWrap(True)

        self.termsForm.setWidget(9, QFormLayout.ItemRole.LabelRole, self.minMinutesLabel)

        self.minMinutesCell = QVBoxLayout()
        self.minMinutesCell.setSpacing(2)
        self.minMinutesCell.setObjectName(u"minMinutesCell")
        self.minMinutes = QLineEdit(TermsForm)
        self.minMinutes.setObjectName(u"minMinutes")

        self.minMinutesCell.addWidget(self.minMinutes)

        self.minMinutesError = QLabel(TermsForm)
        self.minMinutesError.setObjectName(u"minMinutesError")
        self.minMinutesError.setWordWrap(True)

        self.minMinutesCell.addWidget(self.minMinutesError)


        self.termsForm.setLayout(9, QFormLayout.ItemRole.FieldRole, self.minMinutesCell)

        self.roundToLabel = QLabel(TermsForm)
        self.roundToLabel.setObjectName(u"roundToLabel")
        self.roundToLabel.setWordWrap(True)

        self.termsForm.setWidget(10, QFormLayout.ItemRole.LabelRole, self.roundToLabel)

        self.roundToCell = QVBoxLayout()
        self.roundToCell.setSpacing(2)
        self.roundToCell.setObjectName(u"roundToCell")
        self.roundTo = QLineEdit(TermsForm)
        self.roundTo.setObjectName(u"roundTo")

        self.roundToCell.addWidget(self.roundTo)

        self.roundToError = QLabel(TermsForm)
        self.roundToError.setObjectName(u"roundToError")
        self.roundToError.setWordWrap(True)

        self.roundToCell.addWidget(self.roundToError)


        self.termsForm.setLayout(10, QFormLayout.ItemRole.FieldRole, self.roundToCell)

        self.mileageRateLabel = QLabel(TermsForm)
        self.mileageRateLabel.setObjectName(u"mileageRateLabel")
        self.mileageRateLabel.setWordWrap(True)

        self.termsForm.setWidget(11, QFormLayout.ItemRole.LabelRole, self.mileageRateLabel)

        self.mileageRateCell = QVBoxLayout()
        self.mileageRateCell.setSpacing(2)
        self.mileageRateCell.setObjectName(u"mileageRateCell")
        self.mileageRate = QLineEdit(TermsForm)
        self.mileageRate.setObjectName(u"mileageRate")

        self.mileageRateCell.addWidget(self.mileageRate)

        self.mileageRateError = QLabel(TermsForm)
        self.mileageRateError.setObjectName(u"mileageRateError")
        self.mileageRateError.setWordWrap(True)

        self.mileageRateCell.addWidget(self.mileageRateError)


        self.termsForm.setLayout(11, QFormLayout.ItemRole.FieldRole, self.mileageRateCell)

        self.expenseCapLabel = QLabel(TermsForm)
        self.expenseCapLabel.setObjectName(u"expenseCapLabel")
        self.expenseCapLabel.setWordWrap(True)

        self.termsForm.setWidget(12, QFormLayout.ItemRole.LabelRole, self.expenseCapLabel)

        self.expenseCapCell = QVBoxLayout()
        self.expenseCapCell.setSpacing(2)
        self.expenseCapCell.setObjectName(u"expenseCapCell")
        self.expenseCap = QLineEdit(TermsForm)
        self.expenseCap.setObjectName(u"expenseCap")

        self.expenseCapCell.addWidget(self.expenseCap)

        self.expenseCapError = QLabel(TermsForm)
        self.expenseCapError.setObjectName(u"expenseCapError")
        self.expenseCapError.setWordWrap(True)

        self.expenseCapCell.addWidget(self.expenseCapError)


        self.termsForm.setLayout(12, QFormLayout.ItemRole.FieldRole, self.expenseCapCell)

        self.receiptsRequiredCell = QVBoxLayout()
        self.receiptsRequiredCell.setObjectName(u"receiptsRequiredCell")
        self.receiptsRequired = QCheckBox(TermsForm)
        self.receiptsRequired.setObjectName(u"receiptsRequired")

        self.receiptsRequiredCell.addWidget(self.receiptsRequired)


        self.termsForm.setLayout(13, QFormLayout.ItemRole.SpanningRole, self.receiptsRequiredCell)

        self.promisedDaysLabel = QLabel(TermsForm)
        self.promisedDaysLabel.setObjectName(u"promisedDaysLabel")
        self.promisedDaysLabel.setWordWrap(True)

        self.termsForm.setWidget(14, QFormLayout.ItemRole.LabelRole, self.promisedDaysLabel)

        self.promisedDaysCell = QVBoxLayout()
        self.promisedDaysCell.setSpacing(2)
        self.promisedDaysCell.setObjectName(u"promisedDaysCell")
        self.promisedDays = QLineEdit(TermsForm)
        self.promisedDays.setObjectName(u"promisedDays")

        self.promisedDaysCell.addWidget(self.promisedDays)

        self.promisedDaysError = QLabel(TermsForm)
        self.promisedDaysError.setObjectName(u"promisedDaysError")
        self.promisedDaysError.setWordWrap(True)

        self.promisedDaysCell.addWidget(self.promisedDaysError)


        self.termsForm.setLayout(14, QFormLayout.ItemRole.FieldRole, self.promisedDaysCell)

        self.paymentMethodLabel = QLabel(TermsForm)
        self.paymentMethodLabel.setObjectName(u"paymentMethodLabel")
        self.paymentMethodLabel.setWordWrap(True)

        self.termsForm.setWidget(15, QFormLayout.ItemRole.LabelRole, self.paymentMethodLabel)

        self.paymentMethodCell = QVBoxLayout()
        self.paymentMethodCell.setSpacing(2)
        self.paymentMethodCell.setObjectName(u"paymentMethodCell")
        self.paymentMethod = QComboBox(TermsForm)
        self.paymentMethod.setObjectName(u"paymentMethod")

        self.paymentMethodCell.addWidget(self.paymentMethod)


        self.termsForm.setLayout(15, QFormLayout.ItemRole.FieldRole, self.paymentMethodCell)

        self.sourceLabel = QLabel(TermsForm)
        self.sourceLabel.setObjectName(u"sourceLabel")
        self.sourceLabel.setWordWrap(True)

        self.termsForm.setWidget(16, QFormLayout.ItemRole.LabelRole, self.sourceLabel)

        self.sourceCell = QVBoxLayout()
        self.sourceCell.setSpacing(2)
        self.sourceCell.setObjectName(u"sourceCell")
        self.source = QComboBox(TermsForm)
        self.source.setObjectName(u"source")
        self.source.setEditable(True)

        self.sourceCell.addWidget(self.source)

        self.sourceError = QLabel(TermsForm)
        self.sourceError.setObjectName(u"sourceError")
        self.sourceError.setWordWrap(True)

        self.sourceCell.addWidget(self.sourceError)


        self.termsForm.setLayout(16, QFormLayout.ItemRole.FieldRole, self.sourceCell)

        self.noteLabel = QLabel(TermsForm)
        self.noteLabel.setObjectName(u"noteLabel")
        self.noteLabel.setWordWrap(True)

        self.termsForm.setWidget(17, QFormLayout.ItemRole.LabelRole, self.noteLabel)

        self.noteCell = QVBoxLayout()
        self.noteCell.setSpacing(2)
        self.noteCell.setObjectName(u"noteCell")
        self.note = QPlainTextEdit(TermsForm)
        self.note.setObjectName(u"note")
        self.note.setTabChangesFocus(True)

        self.noteCell.addWidget(self.note)

        self.noteError = QLabel(TermsForm)
        self.noteError.setObjectName(u"noteError")
        self.noteError.setWordWrap(True)

        self.noteCell.addWidget(self.noteError)


        self.termsForm.setLayout(17, QFormLayout.ItemRole.FieldRole, self.noteCell)

#if QT_CONFIG(shortcut)
        self.effectiveFromLabel.setBuddy(self.effectiveFrom)
        self.classificationLabel.setBuddy(self.classification)
        self.basisLabel.setBuddy(self.basis)
        self.hourlyRateLabel.setBuddy(self.hourlyRate)
        self.sessionFeeLabel.setBuddy(self.sessionFee)
        self.dayRateLabel.setBuddy(self.dayRate)
        self.halfDayRateLabel.setBuddy(self.halfDayRate)
        self.halfDayThresholdLabel.setBuddy(self.halfDayThreshold)
        self.payableLabel.setBuddy(self.payPrep)
        self.minMinutesLabel.setBuddy(self.minMinutes)
        self.roundToLabel.setBuddy(self.roundTo)
        self.mileageRateLabel.setBuddy(self.mileageRate)
        self.expenseCapLabel.setBuddy(self.expenseCap)
        self.promisedDaysLabel.setBuddy(self.promisedDays)
        self.paymentMethodLabel.setBuddy(self.paymentMethod)
        self.sourceLabel.setBuddy(self.source)
        self.noteLabel.setBuddy(self.note)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.effectiveFrom, self.classification)
        QWidget.setTabOrder(self.classification, self.basis)
        QWidget.setTabOrder(self.basis, self.hourlyRate)
        QWidget.setTabOrder(self.hourlyRate, self.sessionFee)
        QWidget.setTabOrder(self.sessionFee, self.dayRate)
        QWidget.setTabOrder(self.dayRate, self.halfDayRate)
        QWidget.setTabOrder(self.halfDayRate, self.halfDayThreshold)
        QWidget.setTabOrder(self.halfDayThreshold, self.payPrep)
        QWidget.setTabOrder(self.payPrep, self.payContact)
        QWidget.setTabOrder(self.payContact, self.payTravel)
        QWidget.setTabOrder(self.payTravel, self.payFollowup)
        QWidget.setTabOrder(self.payFollowup, self.minMinutes)
        QWidget.setTabOrder(self.minMinutes, self.roundTo)
        QWidget.setTabOrder(self.roundTo, self.mileageRate)
        QWidget.setTabOrder(self.mileageRate, self.expenseCap)
        QWidget.setTabOrder(self.expenseCap, self.receiptsRequired)
        QWidget.setTabOrder(self.receiptsRequired, self.promisedDays)
        QWidget.setTabOrder(self.promisedDays, self.paymentMethod)
        QWidget.setTabOrder(self.paymentMethod, self.source)
        QWidget.setTabOrder(self.source, self.note)

        self.retranslateUi(TermsForm)

        QMetaObject.connectSlotsByName(TermsForm)
    # setupUi

    def retranslateUi(self, TermsForm):
        TermsForm.setWindowTitle(QCoreApplication.translate("TermsForm", u"Terms", None))
        self.effectiveFromLabel.setText(QCoreApplication.translate("TermsForm", u"&In force from:", None))
#if QT_CONFIG(accessibility)
        self.effectiveFrom.setAccessibleName(QCoreApplication.translate("TermsForm", u"Terms in force from", None))
#endif // QT_CONFIG(accessibility)
        self.effectiveFrom.setDisplayFormat(QCoreApplication.translate("TermsForm", u"dd/MM/yyyy", None))
        self.effectiveFromError.setText("")
#if QT_CONFIG(accessibility)
        self.effectiveFromError.setAccessibleName("")
#endif // QT_CONFIG(accessibility)
        self.classificationLabel.setText(QCoreApplication.translate("TermsForm", u"&Classification:", None))
#if QT_CONFIG(accessibility)
        self.classification.setAccessibleName(QCoreApplication.translate("TermsForm", u"Classification", None))
#endif // QT_CONFIG(accessibility)
        self.basisLabel.setText(QCoreApplication.translate("TermsForm", u"&How the fee is paid:", None))
#if QT_CONFIG(accessibility)
        self.basis.setAccessibleName(QCoreApplication.translate("TermsForm", u"Payment basis", None))
#endif // QT_CONFIG(accessibility)
        self.basisError.setText("")
#if QT_CONFIG(accessibility)
        self.basisError.setAccessibleName("")
#endif // QT_CONFIG(accessibility)
        self.hourlyRateLabel.setText(QCoreApplication.translate("TermsForm", u"H&ourly rate (\u00a3):", None))
        self.hourlyRate.setPlaceholderText(QCoreApplication.translate("TermsForm", u"For example 25.00", None))
#if QT_CONFIG(accessibility)
        self.hourlyRate.setAccessibleName(QCoreApplication.translate("TermsForm", u"Hourly rate in pounds", None))
#endif // QT_CONFIG(accessibility)
        self.hourlyRateError.setText("")
#if QT_CONFIG(accessibility)
        self.hourlyRateError.setAccessibleName("")
#endif // QT_CONFIG(accessibility)
        self.sessionFeeLabel.setText(QCoreApplication.translate("TermsForm", u"&Session fee (\u00a3):", None))
        self.sessionFee.setPlaceholderText(QCoreApplication.translate("TermsForm", u"For example 60.00", None))
#if QT_CONFIG(accessibility)
        self.sessionFee.setAccessibleName(QCoreApplication.translate("TermsForm", u"Session fee in pounds", None))
#endif // QT_CONFIG(accessibility)
        self.sessionFeeError.setText("")
#if QT_CONFIG(accessibility)
        self.sessionFeeError.setAccessibleName("")
#endif // QT_CONFIG(accessibility)
        self.dayRateLabel.setText(QCoreApplication.translate("TermsForm", u"&Day rate (\u00a3):", None))
        self.dayRate.setPlaceholderText(QCoreApplication.translate("TermsForm", u"For example 150.00", None))
#if QT_CONFIG(accessibility)
        self.dayRate.setAccessibleName(QCoreApplication.translate("TermsForm", u"Day rate in pounds", None))
#endif // QT_CONFIG(accessibility)
        self.dayRateError.setText("")
#if QT_CONFIG(accessibility)
        self.dayRateError.setAccessibleName("")
#endif // QT_CONFIG(accessibility)
        self.halfDayRateLabel.setText(QCoreApplication.translate("TermsForm", u"H&alf-day rate (\u00a3, optional):", None))
#if QT_CONFIG(accessibility)
        self.halfDayRate.setAccessibleName(QCoreApplication.translate("TermsForm", u"Half-day rate in pounds, optional", None))
#endif // QT_CONFIG(accessibility)
        self.halfDayRateError.setText("")
#if QT_CONFIG(accessibility)
        self.halfDayRateError.setAccessibleName("")
#endif // QT_CONFIG(accessibility)
        self.halfDayThresholdLabel.setText(QCoreApplication.translate("TermsForm", u"Ha&lf day is up to:", None))
        self.halfDayThreshold.setPlaceholderText(QCoreApplication.translate("TermsForm", u"4h", None))
#if QT_CONFIG(accessibility)
        self.halfDayThreshold.setAccessibleName(QCoreApplication.translate("TermsForm", u"Half day is up to this much payable time", None))
#endif // QT_CONFIG(accessibility)
        self.halfDayThresholdError.setText("")
#if QT_CONFIG(accessibility)
        self.halfDayThresholdError.setAccessibleName("")
#endif // QT_CONFIG(accessibility)
        self.payableLabel.setText(QCoreApplication.translate("TermsForm", u"&Payable time:", None))
        self.payPrep.setText(QCoreApplication.translate("TermsForm", u"Preparation", None))
#if QT_CONFIG(accessibility)
        self.payPrep.setAccessibleName(QCoreApplication.translate("TermsForm", u"Preparation", None))
#endif // QT_CONFIG(accessibility)
        self.payContact.setText(QCoreApplication.translate("TermsForm", u"Co&ntact", None))
#if QT_CONFIG(accessibility)
        self.payContact.setAccessibleName(QCoreApplication.translate("TermsForm", u"Contact", None))
#endif // QT_CONFIG(accessibility)
        self.payTravel.setText(QCoreApplication.translate("TermsForm", u"Travel", None))
#if QT_CONFIG(accessibility)
        self.payTravel.setAccessibleName(QCoreApplication.translate("TermsForm", u"Travel", None))
#endif // QT_CONFIG(accessibility)
        self.payFollowup.setText(QCoreApplication.translate("TermsForm", u"&Follow-up", None))
#if QT_CONFIG(accessibility)
        self.payFollowup.setAccessibleName(QCoreApplication.translate("TermsForm", u"Follow-up", None))
#endif // QT_CONFIG(accessibility)
        self.payableError.setText("")
#if QT_CONFIG(accessibility)
        self.payableError.setAccessibleName("")
#endif // QT_CONFIG(accessibility)
        self.minMinutesLabel.setText(QCoreApplication.translate("TermsForm", u"&Minimum paid time (optional):", None))
        self.minMinutes.setPlaceholderText(QCoreApplication.translate("TermsForm", u"For example 1h", None))
#if QT_CONFIG(accessibility)
        self.minMinutes.setAccessibleName(QCoreApplication.translate("TermsForm", u"Minimum paid time, optional", None))
#endif // QT_CONFIG(accessibility)
        self.minMinutesError.setText("")
#if QT_CONFIG(accessibility)
        self.minMinutesError.setAccessibleName("")
#endif // QT_CONFIG(accessibility)
        self.roundToLabel.setText(QCoreApplication.translate("TermsForm", u"Ro&und time up to (optional):", None))
        self.roundTo.setPlaceholderText(QCoreApplication.translate("TermsForm", u"For example 15", None))
#if QT_CONFIG(accessibility)
        self.roundTo.setAccessibleName(QCoreApplication.translate("TermsForm", u"Round time up to, optional", None))
#endif // QT_CONFIG(accessibility)
        self.roundToError.setText("")
#if QT_CONFIG(accessibility)
        self.roundToError.setAccessibleName("")
#endif // QT_CONFIG(accessibility)
        self.mileageRateLabel.setText(QCoreApplication.translate("TermsForm", u"Th&eir mileage rate, \u00a3 a mile (optional):", None))
        self.mileageRate.setPlaceholderText(QCoreApplication.translate("TermsForm", u"Blank: the HMRC rates", None))
#if QT_CONFIG(accessibility)
        self.mileageRate.setAccessibleName(QCoreApplication.translate("TermsForm", u"Organisation's own mileage rate in pounds a mile, optional", None))
#endif // QT_CONFIG(accessibility)
        self.mileageRateError.setText("")
#if QT_CONFIG(accessibility)
        self.mileageRateError.setAccessibleName("")
#endif // QT_CONFIG(accessibility)
        self.expenseCapLabel.setText(QCoreApplication.translate("TermsForm", u"Most the&y pay for one expense (optional):", None))
#if QT_CONFIG(accessibility)
        self.expenseCap.setAccessibleName(QCoreApplication.translate("TermsForm", u"Expense cap in pounds, optional", None))
#endif // QT_CONFIG(accessibility)
        self.expenseCapError.setText("")
#if QT_CONFIG(accessibility)
        self.expenseCapError.setAccessibleName("")
#endif // QT_CONFIG(accessibility)
        self.receiptsRequired.setText(QCoreApplication.translate("TermsForm", u"They need receipts for e&xpenses", None))
#if QT_CONFIG(accessibility)
        self.receiptsRequired.setAccessibleName(QCoreApplication.translate("TermsForm", u"They need receipts for expenses", None))
#endif // QT_CONFIG(accessibility)
        self.promisedDaysLabel.setText(QCoreApplication.translate("TermsForm", u"Days they promise to pay &within (optional):", None))
        self.promisedDays.setPlaceholderText(QCoreApplication.translate("TermsForm", u"Blank: the organisation's usual days", None))
#if QT_CONFIG(accessibility)
        self.promisedDays.setAccessibleName(QCoreApplication.translate("TermsForm", u"Promised days to pay, optional", None))
#endif // QT_CONFIG(accessibility)
        self.promisedDaysError.setText("")
#if QT_CONFIG(accessibility)
        self.promisedDaysError.setAccessibleName("")
#endif // QT_CONFIG(accessibility)
        self.paymentMethodLabel.setText(QCoreApplication.translate("TermsForm", u"Paid &by:", None))
#if QT_CONFIG(accessibility)
        self.paymentMethod.setAccessibleName(QCoreApplication.translate("TermsForm", u"Payment method", None))
#endif // QT_CONFIG(accessibility)
        self.sourceLabel.setText(QCoreApplication.translate("TermsForm", u"Where these terms came from:", None))
#if QT_CONFIG(accessibility)
        self.source.setAccessibleName(QCoreApplication.translate("TermsForm", u"Source of the terms", None))
#endif // QT_CONFIG(accessibility)
        self.sourceError.setText("")
#if QT_CONFIG(accessibility)
        self.sourceError.setAccessibleName("")
#endif // QT_CONFIG(accessibility)
        self.noteLabel.setText(QCoreApplication.translate("TermsForm", u"Note:", None))
#if QT_CONFIG(accessibility)
        self.note.setAccessibleName(QCoreApplication.translate("TermsForm", u"Note", None))
#endif // QT_CONFIG(accessibility)
        self.noteError.setText("")
#if QT_CONFIG(accessibility)
        self.noteError.setAccessibleName("")
#endif // QT_CONFIG(accessibility)
    # retranslateUi
