# -*- coding: utf-8 -*-


from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QAbstractButton, QApplication, QCheckBox, QComboBox,
    QDialog, QDialogButtonBox, QFormLayout, QFrame,
    QGroupBox, QHBoxLayout, QLabel, QLineEdit,
    QPlainTextEdit, QScrollArea, QSizePolicy, QSpacerItem,
    QSpinBox, QVBoxLayout, QWidget)

from coprod_desktop.ui.widgets.date_field import DateField

class Ui_ActivityDialog(object):
    def setupUi(self, ActivityDialog):
        if not ActivityDialog.objectName():
            ActivityDialog.setObjectName(u"ActivityDialog")
        ActivityDialog.resize(680, 760)
        self.mainLayout = QVBoxLayout(ActivityDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.scrollArea = QScrollArea(ActivityDialog)
        self.scrollArea.setObjectName(u"scrollArea")
        self.scrollArea.setWidgetResizable(True)
        self.scrollArea.setFrameShape(QFrame.NoFrame)
        self.scrollArea.setFocusPolicy(Qt.NoFocus)
        self.scrollContents = QWidget()
        self.scrollContents.setObjectName(u"scrollContents")
        self.contentsLayout = QVBoxLayout(self.scrollContents)
        self.contentsLayout.setObjectName(u"contentsLayout")
        self.whatBox = QGroupBox(self.scrollContents)
        self.whatBox.setObjectName(u"whatBox")
        self.whatBoxForm = QFormLayout(self.whatBox)
        self.whatBoxForm.setObjectName(u"whatBoxForm")
        self.whatBoxForm.setFieldGrowthPolicy(QFormLayout.AllNonFixedFieldsGrow)
        self.whatBoxForm.setRowWrapPolicy(QFormLayout.WrapLongRows)
        self.organisationLabel = QLabel(self.whatBox)
        self.organisationLabel.setObjectName(u"organisationLabel")
        self.organisationLabel.setWordWrap(True)

        self.whatBoxForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.organisationLabel)

        self.organisationCell = QVBoxLayout()
        self.organisationCell.setSpacing(2)
        self.organisationCell.setObjectName(u"organisationCell")
        self.organisation = QComboBox(self.whatBox)
        self.organisation.setObjectName(u"organisation")

        self.organisationCell.addWidget(self.organisation)

        self.organisationError = QLabel(self.whatBox)
        self.organisationError.setObjectName(u"organisationError")
        self.organisationError.setWordWrap(True)

        self.organisationCell.addWidget(self.organisationError)


        self.whatBoxForm.setLayout(0, QFormLayout.ItemRole.FieldRole, self.organisationCell)

        self.agreementLabel = QLabel(self.whatBox)
        self.agreementLabel.setObjectName(u"agreementLabel")
        self.agreementLabel.setWordWrap(True)

        self.whatBoxForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.agreementLabel)

        self.agreementCell = QVBoxLayout()
        self.agreementCell.setSpacing(2)
        self.agreementCell.setObjectName(u"agreementCell")
        self.agreement = QComboBox(self.whatBox)
        self.agreement.setObjectName(u"agreement")

        self.agreementCell.addWidget(self.agreement)

        self.agreementError = QLabel(self.whatBox)
        self.agreementError.setObjectName(u"agreementError")
        self.agreementError.setWordWrap(True)

        self.agreementCell.addWidget(self.agreementError)


        self.whatBoxForm.setLayout(1, QFormLayout.ItemRole.FieldRole, self.agreementCell)

        self.dateLabel = QLabel(self.whatBox)
        self.dateLabel.setObjectName(u"dateLabel")
        self.dateLabel.setWordWrap(True)

        self.whatBoxForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.dateLabel)

        self.dateCell = QVBoxLayout()
        self.dateCell.setSpacing(2)
        self.dateCell.setObjectName(u"dateCell")
        self.date = DateField(self.whatBox)
        self.date.setObjectName(u"date")
        self.date.setCalendarPopup(True)

        self.dateCell.addWidget(self.date)

        self.dateError = QLabel(self.whatBox)
        self.dateError.setObjectName(u"dateError")
        self.dateError.setWordWrap(True)

        self.dateCell.addWidget(self.dateError)

        self.repeatRow = QHBoxLayout()
        self.repeatRow.setObjectName(u"repeatRow")
        self.repeatLabel = QLabel(self.whatBox)
        self.repeatLabel.setObjectName(u"repeatLabel")

        self.repeatRow.addWidget(self.repeatLabel)

        self.repeat = QComboBox(self.whatBox)
        self.repeat.setObjectName(u"repeat")

        self.repeatRow.addWidget(self.repeat)

        self.repeatUntilLabel = QLabel(self.whatBox)
        self.repeatUntilLabel.setObjectName(u"repeatUntilLabel")

        self.repeatRow.addWidget(self.repeatUntilLabel)

        self.repeatUntil = DateField(self.whatBox)
        self.repeatUntil.setObjectName(u"repeatUntil")

        self.repeatRow.addWidget(self.repeatUntil)


        self.dateCell.addLayout(self.repeatRow)

        self.repeatError = QLabel(self.whatBox)
        self.repeatError.setObjectName(u"repeatError")
        self.repeatError.setWordWrap(True)

        self.dateCell.addWidget(self.repeatError)


        self.whatBoxForm.setLayout(2, QFormLayout.ItemRole.FieldRole, self.dateCell)

        self.titleLabel = QLabel(self.whatBox)
        self.titleLabel.setObjectName(u"titleLabel")
        self.titleLabel.setWordWrap(True)

        self.whatBoxForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.titleLabel)

        self.titleCell = QVBoxLayout()
        self.titleCell.setSpacing(2)
        self.titleCell.setObjectName(u"titleCell")
        self.title = QLineEdit(self.whatBox)
        self.title.setObjectName(u"title")

        self.titleCell.addWidget(self.title)

        self.titleError = QLabel(self.whatBox)
        self.titleError.setObjectName(u"titleError")
        self.titleError.setWordWrap(True)

        self.titleCell.addWidget(self.titleError)


        self.whatBoxForm.setLayout(3, QFormLayout.ItemRole.FieldRole, self.titleCell)

        self.kindLabel = QLabel(self.whatBox)
        self.kindLabel.setObjectName(u"kindLabel")
        self.kindLabel.setWordWrap(True)

        self.whatBoxForm.setWidget(4, QFormLayout.ItemRole.LabelRole, self.kindLabel)

        self.kindCell = QVBoxLayout()
        self.kindCell.setSpacing(2)
        self.kindCell.setObjectName(u"kindCell")
        self.kind = QComboBox(self.whatBox)
        self.kind.setObjectName(u"kind")

        self.kindCell.addWidget(self.kind)


        self.whatBoxForm.setLayout(4, QFormLayout.ItemRole.FieldRole, self.kindCell)

        self.remoteCell = QVBoxLayout()
        self.remoteCell.setObjectName(u"remoteCell")
        self.remote = QCheckBox(self.whatBox)
        self.remote.setObjectName(u"remote")

        self.remoteCell.addWidget(self.remote)


        self.whatBoxForm.setLayout(5, QFormLayout.ItemRole.SpanningRole, self.remoteCell)

        self.attendedAsLabel = QLabel(self.whatBox)
        self.attendedAsLabel.setObjectName(u"attendedAsLabel")
        self.attendedAsLabel.setWordWrap(True)

        self.whatBoxForm.setWidget(6, QFormLayout.ItemRole.LabelRole, self.attendedAsLabel)

        self.attendedAs = QComboBox(self.whatBox)
        self.attendedAs.setObjectName(u"attendedAs")

        self.whatBoxForm.setWidget(6, QFormLayout.ItemRole.FieldRole, self.attendedAs)


        self.contentsLayout.addWidget(self.whatBox)

        self.timeBox = QGroupBox(self.scrollContents)
        self.timeBox.setObjectName(u"timeBox")
        self.timeBoxForm = QFormLayout(self.timeBox)
        self.timeBoxForm.setObjectName(u"timeBoxForm")
        self.timeBoxForm.setFieldGrowthPolicy(QFormLayout.AllNonFixedFieldsGrow)
        self.timeBoxForm.setRowWrapPolicy(QFormLayout.WrapLongRows)
        self.timeHelp = QLabel(self.timeBox)
        self.timeHelp.setObjectName(u"timeHelp")
        self.timeHelp.setWordWrap(True)

        self.timeBoxForm.setWidget(0, QFormLayout.ItemRole.SpanningRole, self.timeHelp)

        self.prepLabel = QLabel(self.timeBox)
        self.prepLabel.setObjectName(u"prepLabel")
        self.prepLabel.setWordWrap(True)

        self.timeBoxForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.prepLabel)

        self.prepCell = QVBoxLayout()
        self.prepCell.setSpacing(2)
        self.prepCell.setObjectName(u"prepCell")
        self.prep = QLineEdit(self.timeBox)
        self.prep.setObjectName(u"prep")

        self.prepCell.addWidget(self.prep)

        self.prepError = QLabel(self.timeBox)
        self.prepError.setObjectName(u"prepError")
        self.prepError.setWordWrap(True)

        self.prepCell.addWidget(self.prepError)


        self.timeBoxForm.setLayout(1, QFormLayout.ItemRole.FieldRole, self.prepCell)

        self.contactLabel = QLabel(self.timeBox)
        self.contactLabel.setObjectName(u"contactLabel")
        self.contactLabel.setWordWrap(True)

        self.timeBoxForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.contactLabel)

        self.contactCell = QVBoxLayout()
        self.contactCell.setSpacing(2)
        self.contactCell.setObjectName(u"contactCell")
        self.contact = QLineEdit(self.timeBox)
        self.contact.setObjectName(u"contact")

        self.contactCell.addWidget(self.contact)

        self.contactError = QLabel(self.timeBox)
        self.contactError.setObjectName(u"contactError")
        self.contactError.setWordWrap(True)

        self.contactCell.addWidget(self.contactError)


        self.timeBoxForm.setLayout(2, QFormLayout.ItemRole.FieldRole, self.contactCell)

        self.travelLabel = QLabel(self.timeBox)
        self.travelLabel.setObjectName(u"travelLabel")
        self.travelLabel.setWordWrap(True)

        self.timeBoxForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.travelLabel)

        self.travelCell = QVBoxLayout()
        self.travelCell.setSpacing(2)
        self.travelCell.setObjectName(u"travelCell")
        self.travel = QLineEdit(self.timeBox)
        self.travel.setObjectName(u"travel")

        self.travelCell.addWidget(self.travel)

        self.travelError = QLabel(self.timeBox)
        self.travelError.setObjectName(u"travelError")
        self.travelError.setWordWrap(True)

        self.travelCell.addWidget(self.travelError)


        self.timeBoxForm.setLayout(3, QFormLayout.ItemRole.FieldRole, self.travelCell)

        self.followupLabel = QLabel(self.timeBox)
        self.followupLabel.setObjectName(u"followupLabel")
        self.followupLabel.setWordWrap(True)

        self.timeBoxForm.setWidget(4, QFormLayout.ItemRole.LabelRole, self.followupLabel)

        self.followupCell = QVBoxLayout()
        self.followupCell.setSpacing(2)
        self.followupCell.setObjectName(u"followupCell")
        self.followup = QLineEdit(self.timeBox)
        self.followup.setObjectName(u"followup")

        self.followupCell.addWidget(self.followup)

        self.followupError = QLabel(self.timeBox)
        self.followupError.setObjectName(u"followupError")
        self.followupError.setWordWrap(True)

        self.followupCell.addWidget(self.followupError)


        self.timeBoxForm.setLayout(4, QFormLayout.ItemRole.FieldRole, self.followupCell)

        self.totalTime = QLabel(self.timeBox)
        self.totalTime.setObjectName(u"totalTime")
        self.totalTime.setWordWrap(True)

        self.timeBoxForm.setWidget(5, QFormLayout.ItemRole.SpanningRole, self.totalTime)


        self.contentsLayout.addWidget(self.timeBox)

        self.levelBox = QGroupBox(self.scrollContents)
        self.levelBox.setObjectName(u"levelBox")
        self.levelBoxForm = QFormLayout(self.levelBox)
        self.levelBoxForm.setObjectName(u"levelBoxForm")
        self.levelBoxForm.setFieldGrowthPolicy(QFormLayout.AllNonFixedFieldsGrow)
        self.levelBoxForm.setRowWrapPolicy(QFormLayout.WrapLongRows)
        self.describedLevelLabel = QLabel(self.levelBox)
        self.describedLevelLabel.setObjectName(u"describedLevelLabel")
        self.describedLevelLabel.setWordWrap(True)

        self.levelBoxForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.describedLevelLabel)

        self.describedLevelCell = QVBoxLayout()
        self.describedLevelCell.setSpacing(2)
        self.describedLevelCell.setObjectName(u"describedLevelCell")
        self.describedLevel = QComboBox(self.levelBox)
        self.describedLevel.setObjectName(u"describedLevel")
        self.describedLevel.setEditable(True)

        self.describedLevelCell.addWidget(self.describedLevel)

        self.describedLevelError = QLabel(self.levelBox)
        self.describedLevelError.setObjectName(u"describedLevelError")
        self.describedLevelError.setWordWrap(True)

        self.describedLevelCell.addWidget(self.describedLevelError)


        self.levelBoxForm.setLayout(0, QFormLayout.ItemRole.FieldRole, self.describedLevelCell)

        self.judgedLevelLabel = QLabel(self.levelBox)
        self.judgedLevelLabel.setObjectName(u"judgedLevelLabel")
        self.judgedLevelLabel.setWordWrap(True)

        self.levelBoxForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.judgedLevelLabel)

        self.judgedLevelCell = QVBoxLayout()
        self.judgedLevelCell.setSpacing(2)
        self.judgedLevelCell.setObjectName(u"judgedLevelCell")
        self.judgedLevel = QComboBox(self.levelBox)
        self.judgedLevel.setObjectName(u"judgedLevel")

        self.judgedLevelCell.addWidget(self.judgedLevel)


        self.levelBoxForm.setLayout(1, QFormLayout.ItemRole.FieldRole, self.judgedLevelCell)

        self.agendaJointlyLabel = QLabel(self.levelBox)
        self.agendaJointlyLabel.setObjectName(u"agendaJointlyLabel")
        self.agendaJointlyLabel.setWordWrap(True)

        self.levelBoxForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.agendaJointlyLabel)

        self.agendaJointlyCell = QVBoxLayout()
        self.agendaJointlyCell.setSpacing(2)
        self.agendaJointlyCell.setObjectName(u"agendaJointlyCell")
        self.agendaJointly = QComboBox(self.levelBox)
        self.agendaJointly.setObjectName(u"agendaJointly")
        self.agendaJointly.setSizeAdjustPolicy(QComboBox.AdjustToContents)

        self.agendaJointlyCell.addWidget(self.agendaJointly)


        self.levelBoxForm.setLayout(2, QFormLayout.ItemRole.FieldRole, self.agendaJointlyCell)

        self.papersLabel = QLabel(self.levelBox)
        self.papersLabel.setObjectName(u"papersLabel")
        self.papersLabel.setWordWrap(True)

        self.levelBoxForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.papersLabel)

        self.papersCell = QVBoxLayout()
        self.papersCell.setObjectName(u"papersCell")
        self.papersRow = QHBoxLayout()
        self.papersRow.setObjectName(u"papersRow")
        self.papersInTime = QComboBox(self.levelBox)
        self.papersInTime.setObjectName(u"papersInTime")
        self.papersInTime.setSizeAdjustPolicy(QComboBox.AdjustToContents)

        self.papersRow.addWidget(self.papersInTime)

        self.papersDaysAhead = QSpinBox(self.levelBox)
        self.papersDaysAhead.setObjectName(u"papersDaysAhead")
        self.papersDaysAhead.setMinimum(-1)
        self.papersDaysAhead.setMaximum(365)

        self.papersRow.addWidget(self.papersDaysAhead)

        self.hspacer1 = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.papersRow.addItem(self.hspacer1)


        self.papersCell.addLayout(self.papersRow)

        self.papersError = QLabel(self.levelBox)
        self.papersError.setObjectName(u"papersError")
        self.papersError.setWordWrap(True)

        self.papersCell.addWidget(self.papersError)


        self.levelBoxForm.setLayout(3, QFormLayout.ItemRole.FieldRole, self.papersCell)

        self.presentAtDecisionLabel = QLabel(self.levelBox)
        self.presentAtDecisionLabel.setObjectName(u"presentAtDecisionLabel")
        self.presentAtDecisionLabel.setWordWrap(True)

        self.levelBoxForm.setWidget(4, QFormLayout.ItemRole.LabelRole, self.presentAtDecisionLabel)

        self.presentAtDecisionCell = QVBoxLayout()
        self.presentAtDecisionCell.setSpacing(2)
        self.presentAtDecisionCell.setObjectName(u"presentAtDecisionCell")
        self.presentAtDecision = QComboBox(self.levelBox)
        self.presentAtDecision.setObjectName(u"presentAtDecision")
        self.presentAtDecision.setSizeAdjustPolicy(QComboBox.AdjustToContents)

        self.presentAtDecisionCell.addWidget(self.presentAtDecision)


        self.levelBoxForm.setLayout(4, QFormLayout.ItemRole.FieldRole, self.presentAtDecisionCell)

        self.equalSayLabel = QLabel(self.levelBox)
        self.equalSayLabel.setObjectName(u"equalSayLabel")
        self.equalSayLabel.setWordWrap(True)

        self.levelBoxForm.setWidget(5, QFormLayout.ItemRole.LabelRole, self.equalSayLabel)

        self.equalSayCell = QVBoxLayout()
        self.equalSayCell.setSpacing(2)
        self.equalSayCell.setObjectName(u"equalSayCell")
        self.equalSay = QComboBox(self.levelBox)
        self.equalSay.setObjectName(u"equalSay")
        self.equalSay.setSizeAdjustPolicy(QComboBox.AdjustToContents)

        self.equalSayCell.addWidget(self.equalSay)


        self.levelBoxForm.setLayout(5, QFormLayout.ItemRole.FieldRole, self.equalSayCell)

        self.toldWhatChangedLabel = QLabel(self.levelBox)
        self.toldWhatChangedLabel.setObjectName(u"toldWhatChangedLabel")
        self.toldWhatChangedLabel.setWordWrap(True)

        self.levelBoxForm.setWidget(6, QFormLayout.ItemRole.LabelRole, self.toldWhatChangedLabel)

        self.toldWhatChangedCell = QVBoxLayout()
        self.toldWhatChangedCell.setSpacing(2)
        self.toldWhatChangedCell.setObjectName(u"toldWhatChangedCell")
        self.toldWhatChanged = QComboBox(self.levelBox)
        self.toldWhatChanged.setObjectName(u"toldWhatChanged")
        self.toldWhatChanged.setSizeAdjustPolicy(QComboBox.AdjustToContents)

        self.toldWhatChangedCell.addWidget(self.toldWhatChanged)


        self.levelBoxForm.setLayout(6, QFormLayout.ItemRole.FieldRole, self.toldWhatChangedCell)


        self.contentsLayout.addWidget(self.levelBox)

        self.outcomeBox = QGroupBox(self.scrollContents)
        self.outcomeBox.setObjectName(u"outcomeBox")
        self.outcomeBoxForm = QFormLayout(self.outcomeBox)
        self.outcomeBoxForm.setObjectName(u"outcomeBoxForm")
        self.outcomeBoxForm.setFieldGrowthPolicy(QFormLayout.AllNonFixedFieldsGrow)
        self.outcomeBoxForm.setRowWrapPolicy(QFormLayout.WrapLongRows)
        self.impactLabel = QLabel(self.outcomeBox)
        self.impactLabel.setObjectName(u"impactLabel")
        self.impactLabel.setWordWrap(True)

        self.outcomeBoxForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.impactLabel)

        self.impactCell = QVBoxLayout()
        self.impactCell.setSpacing(2)
        self.impactCell.setObjectName(u"impactCell")
        self.impact = QPlainTextEdit(self.outcomeBox)
        self.impact.setObjectName(u"impact")
        self.impact.setTabChangesFocus(True)

        self.impactCell.addWidget(self.impact)

        self.impactError = QLabel(self.outcomeBox)
        self.impactError.setObjectName(u"impactError")
        self.impactError.setWordWrap(True)

        self.impactCell.addWidget(self.impactError)


        self.outcomeBoxForm.setLayout(0, QFormLayout.ItemRole.FieldRole, self.impactCell)

        self.feedbackLabel = QLabel(self.outcomeBox)
        self.feedbackLabel.setObjectName(u"feedbackLabel")
        self.feedbackLabel.setWordWrap(True)

        self.outcomeBoxForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.feedbackLabel)

        self.feedbackCell = QVBoxLayout()
        self.feedbackCell.setSpacing(2)
        self.feedbackCell.setObjectName(u"feedbackCell")
        self.feedback = QPlainTextEdit(self.outcomeBox)
        self.feedback.setObjectName(u"feedback")
        self.feedback.setTabChangesFocus(True)

        self.feedbackCell.addWidget(self.feedback)

        self.feedbackError = QLabel(self.outcomeBox)
        self.feedbackError.setObjectName(u"feedbackError")
        self.feedbackError.setWordWrap(True)

        self.feedbackCell.addWidget(self.feedbackError)


        self.outcomeBoxForm.setLayout(1, QFormLayout.ItemRole.FieldRole, self.feedbackCell)

        self.skillsLabel = QLabel(self.outcomeBox)
        self.skillsLabel.setObjectName(u"skillsLabel")
        self.skillsLabel.setWordWrap(True)

        self.outcomeBoxForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.skillsLabel)

        self.skillsCell = QVBoxLayout()
        self.skillsCell.setSpacing(2)
        self.skillsCell.setObjectName(u"skillsCell")
        self.skills = QLineEdit(self.outcomeBox)
        self.skills.setObjectName(u"skills")

        self.skillsCell.addWidget(self.skills)

        self.skillsError = QLabel(self.outcomeBox)
        self.skillsError.setObjectName(u"skillsError")
        self.skillsError.setWordWrap(True)

        self.skillsCell.addWidget(self.skillsError)


        self.outcomeBoxForm.setLayout(2, QFormLayout.ItemRole.FieldRole, self.skillsCell)

        self.themesLabel = QLabel(self.outcomeBox)
        self.themesLabel.setObjectName(u"themesLabel")
        self.themesLabel.setWordWrap(True)

        self.outcomeBoxForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.themesLabel)

        self.themesCell = QVBoxLayout()
        self.themesCell.setSpacing(2)
        self.themesCell.setObjectName(u"themesCell")
        self.themes = QLineEdit(self.outcomeBox)
        self.themes.setObjectName(u"themes")

        self.themesCell.addWidget(self.themes)

        self.themesError = QLabel(self.outcomeBox)
        self.themesError.setObjectName(u"themesError")
        self.themesError.setWordWrap(True)

        self.themesCell.addWidget(self.themesError)


        self.outcomeBoxForm.setLayout(3, QFormLayout.ItemRole.FieldRole, self.themesCell)


        self.contentsLayout.addWidget(self.outcomeBox)

        self.privateBox = QGroupBox(self.scrollContents)
        self.privateBox.setObjectName(u"privateBox")
        self.privateBoxForm = QFormLayout(self.privateBox)
        self.privateBoxForm.setObjectName(u"privateBoxForm")
        self.privateBoxForm.setFieldGrowthPolicy(QFormLayout.AllNonFixedFieldsGrow)
        self.privateBoxForm.setRowWrapPolicy(QFormLayout.WrapLongRows)
        self.privateNotesLabel = QLabel(self.privateBox)
        self.privateNotesLabel.setObjectName(u"privateNotesLabel")
        self.privateNotesLabel.setWordWrap(True)

        self.privateBoxForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.privateNotesLabel)

        self.privateNotesCell = QVBoxLayout()
        self.privateNotesCell.setSpacing(2)
        self.privateNotesCell.setObjectName(u"privateNotesCell")
        self.privateNotes = QPlainTextEdit(self.privateBox)
        self.privateNotes.setObjectName(u"privateNotes")
        self.privateNotes.setTabChangesFocus(True)

        self.privateNotesCell.addWidget(self.privateNotes)

        self.privateNotesError = QLabel(self.privateBox)
        self.privateNotesError.setObjectName(u"privateNotesError")
        self.privateNotesError.setWordWrap(True)

        self.privateNotesCell.addWidget(self.privateNotesError)


        self.privateBoxForm.setLayout(0, QFormLayout.ItemRole.FieldRole, self.privateNotesCell)


        self.contentsLayout.addWidget(self.privateBox)

        self.choicesBox = QGroupBox(self.scrollContents)
        self.choicesBox.setObjectName(u"choicesBox")
        self.choicesBoxForm = QFormLayout(self.choicesBox)
        self.choicesBoxForm.setObjectName(u"choicesBoxForm")
        self.choicesBoxForm.setFieldGrowthPolicy(QFormLayout.AllNonFixedFieldsGrow)
        self.choicesBoxForm.setRowWrapPolicy(QFormLayout.WrapLongRows)
        self.inPortfolioCell = QVBoxLayout()
        self.inPortfolioCell.setObjectName(u"inPortfolioCell")
        self.inPortfolio = QCheckBox(self.choicesBox)
        self.inPortfolio.setObjectName(u"inPortfolio")

        self.inPortfolioCell.addWidget(self.inPortfolio)


        self.choicesBoxForm.setLayout(0, QFormLayout.ItemRole.SpanningRole, self.inPortfolioCell)

        self.highlightCell = QVBoxLayout()
        self.highlightCell.setObjectName(u"highlightCell")
        self.highlight = QCheckBox(self.choicesBox)
        self.highlight.setObjectName(u"highlight")

        self.highlightCell.addWidget(self.highlight)


        self.choicesBoxForm.setLayout(1, QFormLayout.ItemRole.SpanningRole, self.highlightCell)

        self.feeDeclinedCell = QVBoxLayout()
        self.feeDeclinedCell.setObjectName(u"feeDeclinedCell")
        self.feeDeclined = QCheckBox(self.choicesBox)
        self.feeDeclined.setObjectName(u"feeDeclined")

        self.feeDeclinedCell.addWidget(self.feeDeclined)


        self.choicesBoxForm.setLayout(2, QFormLayout.ItemRole.SpanningRole, self.feeDeclinedCell)


        self.contentsLayout.addWidget(self.choicesBox)

        self.contentsSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.contentsLayout.addItem(self.contentsSpacer)

        self.scrollArea.setWidget(self.scrollContents)

        self.mainLayout.addWidget(self.scrollArea)

        self.feePreview = QLabel(ActivityDialog)
        self.feePreview.setObjectName(u"feePreview")
        self.feePreview.setWordWrap(True)
        self.feePreview.setTextInteractionFlags(Qt.TextSelectableByMouse)

        self.mainLayout.addWidget(self.feePreview)

        self.formError = QLabel(ActivityDialog)
        self.formError.setObjectName(u"formError")
        self.formError.setWordWrap(True)

        self.mainLayout.addWidget(self.formError)

        self.saveHint = QLabel(ActivityDialog)
        self.saveHint.setObjectName(u"saveHint")
        self.saveHint.setWordWrap(True)

        self.mainLayout.addWidget(self.saveHint)

        self.buttonBox = QDialogButtonBox(ActivityDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Save)

        self.mainLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.organisationLabel.setBuddy(self.organisation)
        self.agreementLabel.setBuddy(self.agreement)
        self.dateLabel.setBuddy(self.date)
        self.repeatLabel.setBuddy(self.repeat)
        self.repeatUntilLabel.setBuddy(self.repeatUntil)
        self.titleLabel.setBuddy(self.title)
        self.kindLabel.setBuddy(self.kind)
        self.attendedAsLabel.setBuddy(self.attendedAs)
        self.prepLabel.setBuddy(self.prep)
        self.contactLabel.setBuddy(self.contact)
        self.travelLabel.setBuddy(self.travel)
        self.followupLabel.setBuddy(self.followup)
        self.describedLevelLabel.setBuddy(self.describedLevel)
        self.judgedLevelLabel.setBuddy(self.judgedLevel)
        self.agendaJointlyLabel.setBuddy(self.agendaJointly)
        self.papersLabel.setBuddy(self.papersInTime)
        self.presentAtDecisionLabel.setBuddy(self.presentAtDecision)
        self.equalSayLabel.setBuddy(self.equalSay)
        self.toldWhatChangedLabel.setBuddy(self.toldWhatChanged)
        self.impactLabel.setBuddy(self.impact)
        self.feedbackLabel.setBuddy(self.feedback)
        self.skillsLabel.setBuddy(self.skills)
        self.themesLabel.setBuddy(self.themes)
        self.privateNotesLabel.setBuddy(self.privateNotes)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.organisation, self.agreement)
        QWidget.setTabOrder(self.agreement, self.date)
        QWidget.setTabOrder(self.date, self.repeat)
        QWidget.setTabOrder(self.repeat, self.repeatUntil)
        QWidget.setTabOrder(self.repeatUntil, self.title)
        QWidget.setTabOrder(self.title, self.kind)
        QWidget.setTabOrder(self.kind, self.remote)
        QWidget.setTabOrder(self.remote, self.attendedAs)
        QWidget.setTabOrder(self.attendedAs, self.prep)
        QWidget.setTabOrder(self.prep, self.contact)
        QWidget.setTabOrder(self.contact, self.travel)
        QWidget.setTabOrder(self.travel, self.followup)
        QWidget.setTabOrder(self.followup, self.describedLevel)
        QWidget.setTabOrder(self.describedLevel, self.judgedLevel)
        QWidget.setTabOrder(self.judgedLevel, self.agendaJointly)
        QWidget.setTabOrder(self.agendaJointly, self.papersInTime)
        QWidget.setTabOrder(self.papersInTime, self.papersDaysAhead)
        QWidget.setTabOrder(self.papersDaysAhead, self.presentAtDecision)
        QWidget.setTabOrder(self.presentAtDecision, self.equalSay)
        QWidget.setTabOrder(self.equalSay, self.toldWhatChanged)
        QWidget.setTabOrder(self.toldWhatChanged, self.impact)
        QWidget.setTabOrder(self.impact, self.feedback)
        QWidget.setTabOrder(self.feedback, self.skills)
        QWidget.setTabOrder(self.skills, self.themes)
        QWidget.setTabOrder(self.themes, self.privateNotes)
        QWidget.setTabOrder(self.privateNotes, self.inPortfolio)
        QWidget.setTabOrder(self.inPortfolio, self.highlight)
        QWidget.setTabOrder(self.highlight, self.feeDeclined)

        self.retranslateUi(ActivityDialog)

        QMetaObject.connectSlotsByName(ActivityDialog)
    # setupUi

    def retranslateUi(self, ActivityDialog):
        ActivityDialog.setWindowTitle(QCoreApplication.translate("ActivityDialog", u"Activity", None))
        self.whatBox.setTitle(QCoreApplication.translate("ActivityDialog", u"What and when", None))
        self.organisationLabel.setText(QCoreApplication.translate("ActivityDialog", u"&Organisation:", None))
#if QT_CONFIG(accessibility)
        self.organisation.setAccessibleName(QCoreApplication.translate("ActivityDialog", u"Organisation", None))
#endif // QT_CONFIG(accessibility)
        self.organisationError.setText("")
#if QT_CONFIG(accessibility)
        self.organisationError.setAccessibleName("")
#endif // QT_CONFIG(accessibility)
        self.agreementLabel.setText(QCoreApplication.translate("ActivityDialog", u"&Agreement:", None))
#if QT_CONFIG(accessibility)
        self.agreement.setAccessibleName(QCoreApplication.translate("ActivityDialog", u"Agreement", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.agreement.setAccessibleDescription(QCoreApplication.translate("ActivityDialog", u"The role agreement whose terms set the fee, or no agreement", None))
#endif // QT_CONFIG(accessibility)
        self.agreementError.setText("")
#if QT_CONFIG(accessibility)
        self.agreementError.setAccessibleName("")
#endif // QT_CONFIG(accessibility)
        self.dateLabel.setText(QCoreApplication.translate("ActivityDialog", u"&Date:", None))
#if QT_CONFIG(accessibility)
        self.date.setAccessibleName(QCoreApplication.translate("ActivityDialog", u"Date", None))
#endif // QT_CONFIG(accessibility)
        self.date.setDisplayFormat(QCoreApplication.translate("ActivityDialog", u"dd/MM/yyyy", None))
        self.dateError.setText("")
#if QT_CONFIG(accessibility)
        self.dateError.setAccessibleName("")
#endif // QT_CONFIG(accessibility)
        self.repeatLabel.setText(QCoreApplication.translate("ActivityDialog", u"Re&peats:", None))
#if QT_CONFIG(accessibility)
        self.repeat.setAccessibleName(QCoreApplication.translate("ActivityDialog", u"Repeats", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.repeat.setAccessibleDescription(QCoreApplication.translate("ActivityDialog", u"A standing meeting: each later meeting is saved as a draft to confirm", None))
#endif // QT_CONFIG(accessibility)
        self.repeatUntilLabel.setText(QCoreApplication.translate("ActivityDialog", u"u&ntil:", None))
#if QT_CONFIG(accessibility)
        self.repeatUntil.setAccessibleName(QCoreApplication.translate("ActivityDialog", u"Repeats until", None))
#endif // QT_CONFIG(accessibility)
        self.repeatError.setText("")
#if QT_CONFIG(accessibility)
        self.repeatError.setAccessibleName("")
#endif // QT_CONFIG(accessibility)
        self.titleLabel.setText(QCoreApplication.translate("ActivityDialog", u"&Title:", None))
        self.title.setPlaceholderText(QCoreApplication.translate("ActivityDialog", u"For example: Research advisory group meeting", None))
#if QT_CONFIG(accessibility)
        self.title.setAccessibleName(QCoreApplication.translate("ActivityDialog", u"Title", None))
#endif // QT_CONFIG(accessibility)
        self.titleError.setText("")
#if QT_CONFIG(accessibility)
        self.titleError.setAccessibleName("")
#endif // QT_CONFIG(accessibility)
        self.kindLabel.setText(QCoreApplication.translate("ActivityDialog", u"&Kind of work:", None))
#if QT_CONFIG(accessibility)
        self.kind.setAccessibleName(QCoreApplication.translate("ActivityDialog", u"Kind of work", None))
#endif // QT_CONFIG(accessibility)
        self.remote.setText(QCoreApplication.translate("ActivityDialog", u"Took &part remotely (online or by phone)", None))
#if QT_CONFIG(accessibility)
        self.remote.setAccessibleName(QCoreApplication.translate("ActivityDialog", u"Took part remotely (online or by phone)", None))
#endif // QT_CONFIG(accessibility)
        self.attendedAsLabel.setText(QCoreApplication.translate("ActivityDialog", u"Took part as (self, carer or pro&xy):", None))
#if QT_CONFIG(accessibility)
        self.attendedAs.setAccessibleName(QCoreApplication.translate("ActivityDialog", u"Took part as", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.attendedAs.setAccessibleDescription(QCoreApplication.translate("ActivityDialog", u"For yourself, as a carer, or on someone's behalf. The person you support is never named by the app.", None))
#endif // QT_CONFIG(accessibility)
        self.timeBox.setTitle(QCoreApplication.translate("ActivityDialog", u"Time spent", None))
        self.timeHelp.setText(QCoreApplication.translate("ActivityDialog", u"Type minutes (90) or hours and minutes (1h30m). Leave a part empty if it took no time.", None))
        self.prepLabel.setText(QCoreApplication.translate("ActivityDialog", u"P&reparation:", None))
#if QT_CONFIG(accessibility)
        self.prep.setAccessibleName(QCoreApplication.translate("ActivityDialog", u"Preparation time", None))
#endif // QT_CONFIG(accessibility)
        self.prepError.setText("")
#if QT_CONFIG(accessibility)
        self.prepError.setAccessibleName("")
#endif // QT_CONFIG(accessibility)
        self.contactLabel.setText(QCoreApplication.translate("ActivityDialog", u"Co&ntact (the meeting itself):", None))
#if QT_CONFIG(accessibility)
        self.contact.setAccessibleName(QCoreApplication.translate("ActivityDialog", u"Contact time", None))
#endif // QT_CONFIG(accessibility)
        self.contactError.setText("")
#if QT_CONFIG(accessibility)
        self.contactError.setAccessibleName("")
#endif // QT_CONFIG(accessibility)
        self.travelLabel.setText(QCoreApplication.translate("ActivityDialog", u"Tra&vel:", None))
#if QT_CONFIG(accessibility)
        self.travel.setAccessibleName(QCoreApplication.translate("ActivityDialog", u"Travel time", None))
#endif // QT_CONFIG(accessibility)
        self.travelError.setText("")
#if QT_CONFIG(accessibility)
        self.travelError.setAccessibleName("")
#endif // QT_CONFIG(accessibility)
        self.followupLabel.setText(QCoreApplication.translate("ActivityDialog", u"&Follow-up:", None))
#if QT_CONFIG(accessibility)
        self.followup.setAccessibleName(QCoreApplication.translate("ActivityDialog", u"Follow-up time", None))
#endif // QT_CONFIG(accessibility)
        self.followupError.setText("")
#if QT_CONFIG(accessibility)
        self.followupError.setAccessibleName("")
#endif // QT_CONFIG(accessibility)
        self.totalTime.setText("")
        self.levelBox.setTitle(QCoreApplication.translate("ActivityDialog", u"Level of involvement and power-sharing", None))
        self.describedLevelLabel.setText(QCoreApplication.translate("ActivityDialog", u"&How the organisation described it:", None))
#if QT_CONFIG(accessibility)
        self.describedLevel.setAccessibleName(QCoreApplication.translate("ActivityDialog", u"How the organisation described it", None))
#endif // QT_CONFIG(accessibility)
        self.describedLevelError.setText("")
#if QT_CONFIG(accessibility)
        self.describedLevelError.setAccessibleName("")
#endif // QT_CONFIG(accessibility)
        self.judgedLevelLabel.setText(QCoreApplication.translate("ActivityDialog", u"&My own judgement:", None))
#if QT_CONFIG(accessibility)
        self.judgedLevel.setAccessibleName(QCoreApplication.translate("ActivityDialog", u"My own judgement", None))
#endif // QT_CONFIG(accessibility)
        self.agendaJointlyLabel.setText(QCoreApplication.translate("ActivityDialog", u"A&genda set jointly:", None))
#if QT_CONFIG(accessibility)
        self.agendaJointly.setAccessibleName(QCoreApplication.translate("ActivityDialog", u"Agenda set jointly", None))
#endif // QT_CONFIG(accessibility)
        self.papersLabel.setText(QCoreApplication.translate("ActivityDialog", u"Pap&ers received in time:", None))
#if QT_CONFIG(accessibility)
        self.papersInTime.setAccessibleName(QCoreApplication.translate("ActivityDialog", u"Papers received in time", None))
#endif // QT_CONFIG(accessibility)
        self.papersDaysAhead.setSpecialValueText(QCoreApplication.translate("ActivityDialog", u"Days ahead not known", None))
        self.papersDaysAhead.setSuffix(QCoreApplication.translate("ActivityDialog", u" days ahead", None))
#if QT_CONFIG(accessibility)
        self.papersDaysAhead.setAccessibleName(QCoreApplication.translate("ActivityDialog", u"Days ahead the papers came", None))
#endif // QT_CONFIG(accessibility)
        self.papersError.setText("")
#if QT_CONFIG(accessibility)
        self.papersError.setAccessibleName("")
#endif // QT_CONFIG(accessibility)
        self.presentAtDecisionLabel.setText(QCoreApplication.translate("ActivityDialog", u"Present &when the decision was made:", None))
#if QT_CONFIG(accessibility)
        self.presentAtDecision.setAccessibleName(QCoreApplication.translate("ActivityDialog", u"Present when the decision was made", None))
#endif // QT_CONFIG(accessibility)
        self.equalSayLabel.setText(QCoreApplication.translate("ActivityDialog", u"Had a vote or an e&qual say:", None))
#if QT_CONFIG(accessibility)
        self.equalSay.setAccessibleName(QCoreApplication.translate("ActivityDialog", u"Had a vote or an equal say", None))
#endif // QT_CONFIG(accessibility)
        self.toldWhatChangedLabel.setText(QCoreApplication.translate("ActivityDialog", u"To&ld afterwards what changed:", None))
#if QT_CONFIG(accessibility)
        self.toldWhatChanged.setAccessibleName(QCoreApplication.translate("ActivityDialog", u"Told afterwards what changed", None))
#endif // QT_CONFIG(accessibility)
        self.outcomeBox.setTitle(QCoreApplication.translate("ActivityDialog", u"What came of it", None))
        self.impactLabel.setText(QCoreApplication.translate("ActivityDialog", u"&Impact (what changed because of my input):", None))
#if QT_CONFIG(accessibility)
        self.impact.setAccessibleName(QCoreApplication.translate("ActivityDialog", u"Impact", None))
#endif // QT_CONFIG(accessibility)
        self.impactError.setText("")
#if QT_CONFIG(accessibility)
        self.impactError.setAccessibleName("")
#endif // QT_CONFIG(accessibility)
        self.feedbackLabel.setText(QCoreApplication.translate("ActivityDialog", u"Feed&back I received:", None))
#if QT_CONFIG(accessibility)
        self.feedback.setAccessibleName(QCoreApplication.translate("ActivityDialog", u"Feedback received", None))
#endif // QT_CONFIG(accessibility)
        self.feedbackError.setText("")
#if QT_CONFIG(accessibility)
        self.feedbackError.setAccessibleName("")
#endif // QT_CONFIG(accessibility)
        self.skillsLabel.setText(QCoreApplication.translate("ActivityDialog", u"Skills I &used:", None))
#if QT_CONFIG(accessibility)
        self.skills.setAccessibleName(QCoreApplication.translate("ActivityDialog", u"Skills", None))
#endif // QT_CONFIG(accessibility)
        self.skillsError.setText("")
#if QT_CONFIG(accessibility)
        self.skillsError.setAccessibleName("")
#endif // QT_CONFIG(accessibility)
        self.themesLabel.setText(QCoreApplication.translate("ActivityDialog", u"Themes:", None))
        self.themes.setPlaceholderText(QCoreApplication.translate("ActivityDialog", u"For example: mental health, research", None))
#if QT_CONFIG(accessibility)
        self.themes.setAccessibleName(QCoreApplication.translate("ActivityDialog", u"Themes", None))
#endif // QT_CONFIG(accessibility)
        self.themesError.setText("")
#if QT_CONFIG(accessibility)
        self.themesError.setAccessibleName("")
#endif // QT_CONFIG(accessibility)
        self.privateBox.setTitle(QCoreApplication.translate("ActivityDialog", u"Private notes: only for me, never printed", None))
        self.privateNotesLabel.setText(QCoreApplication.translate("ActivityDialog", u"Private notes:", None))
#if QT_CONFIG(accessibility)
        self.privateNotes.setAccessibleName(QCoreApplication.translate("ActivityDialog", u"Private notes, never printed", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.privateNotes.setAccessibleDescription(QCoreApplication.translate("ActivityDialog", u"Kept only on this computer. Never printed in a claim, portfolio or evidence pack.", None))
#endif // QT_CONFIG(accessibility)
        self.privateNotesError.setText("")
#if QT_CONFIG(accessibility)
        self.privateNotesError.setAccessibleName("")
#endif // QT_CONFIG(accessibility)
        self.choicesBox.setTitle(QCoreApplication.translate("ActivityDialog", u"Portfolio and fee", None))
        self.inPortfolio.setText(QCoreApplication.translate("ActivityDialog", u"Include in m&y portfolio", None))
#if QT_CONFIG(accessibility)
        self.inPortfolio.setAccessibleName(QCoreApplication.translate("ActivityDialog", u"Include in my portfolio", None))
#endif // QT_CONFIG(accessibility)
        self.highlight.setText(QCoreApplication.translate("ActivityDialog", u"Highlight in my portfolio", None))
#if QT_CONFIG(accessibility)
        self.highlight.setAccessibleName(QCoreApplication.translate("ActivityDialog", u"Highlight in my portfolio", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.highlight.setAccessibleDescription(QCoreApplication.translate("ActivityDialog", u"The portfolio's highlights form lists the contributions you tick here", None))
#endif // QT_CONFIG(accessibility)
        self.feeDeclined.setText(QCoreApplication.translate("ActivityDialog", u"I declined the fee for this", None))
#if QT_CONFIG(accessibility)
        self.feeDeclined.setAccessibleName(QCoreApplication.translate("ActivityDialog", u"I declined the fee for this", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.feeDeclined.setAccessibleDescription(QCoreApplication.translate("ActivityDialog", u"The fee is recorded as declined by me, not unpaid by the organisation", None))
#endif // QT_CONFIG(accessibility)
        self.feePreview.setText("")
#if QT_CONFIG(accessibility)
        self.feePreview.setAccessibleName(QCoreApplication.translate("ActivityDialog", u"Fee preview", None))
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
