# -*- coding: utf-8 -*-


from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QCheckBox, QComboBox,
    QFrame, QGridLayout, QGroupBox, QHBoxLayout,
    QHeaderView, QLabel, QLineEdit, QPushButton,
    QScrollArea, QSizePolicy, QSpacerItem, QSpinBox,
    QTableView, QVBoxLayout, QWidget)

from coprod_desktop.ui.widgets.date_field import DateField

class Ui_SettingsPage(object):
    def setupUi(self, SettingsPage):
        if not SettingsPage.objectName():
            SettingsPage.setObjectName(u"SettingsPage")
        SettingsPage.resize(900, 700)
        self.outerLayout = QVBoxLayout(SettingsPage)
        self.outerLayout.setObjectName(u"outerLayout")
        self.heading = QLabel(SettingsPage)
        self.heading.setObjectName(u"heading")

        self.outerLayout.addWidget(self.heading)

        self.scroll = QScrollArea(SettingsPage)
        self.scroll.setObjectName(u"scroll")
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.content = QWidget()
        self.content.setObjectName(u"content")
        self.contentLayout = QVBoxLayout(self.content)
        self.contentLayout.setObjectName(u"contentLayout")
        self.youBox = QGroupBox(self.content)
        self.youBox.setObjectName(u"youBox")
        self.youGrid = QGridLayout(self.youBox)
        self.youGrid.setObjectName(u"youGrid")
        self.nameLabel = QLabel(self.youBox)
        self.nameLabel.setObjectName(u"nameLabel")

        self.youGrid.addWidget(self.nameLabel, 0, 0, 1, 1)

        self.nameEdit = QLineEdit(self.youBox)
        self.nameEdit.setObjectName(u"nameEdit")

        self.youGrid.addWidget(self.nameEdit, 0, 1, 1, 1)

        self.rateLabel = QLabel(self.youBox)
        self.rateLabel.setObjectName(u"rateLabel")

        self.youGrid.addWidget(self.rateLabel, 1, 0, 1, 1)

        self.rateEdit = QLineEdit(self.youBox)
        self.rateEdit.setObjectName(u"rateEdit")

        self.youGrid.addWidget(self.rateEdit, 1, 1, 1, 1)

        self.benefitsLabel = QLabel(self.youBox)
        self.benefitsLabel.setObjectName(u"benefitsLabel")

        self.youGrid.addWidget(self.benefitsLabel, 2, 0, 1, 1)

        self.benefitsCombo = QComboBox(self.youBox)
        self.benefitsCombo.setObjectName(u"benefitsCombo")

        self.youGrid.addWidget(self.benefitsCombo, 2, 1, 1, 1)

        self.ucDayLabel = QLabel(self.youBox)
        self.ucDayLabel.setObjectName(u"ucDayLabel")
        self.ucDayLabel.setWordWrap(True)

        self.youGrid.addWidget(self.ucDayLabel, 3, 0, 1, 1)

        self.ucDaySpin = QSpinBox(self.youBox)
        self.ucDaySpin.setObjectName(u"ucDaySpin")
        self.ucDaySpin.setMinimum(1)
        self.ucDaySpin.setMaximum(31)

        self.youGrid.addWidget(self.ucDaySpin, 3, 1, 1, 1)

        self.ucHousingCheck = QCheckBox(self.youBox)
        self.ucHousingCheck.setObjectName(u"ucHousingCheck")

        self.youGrid.addWidget(self.ucHousingCheck, 4, 0, 1, 2)

        self.profileError = QLabel(self.youBox)
        self.profileError.setObjectName(u"profileError")
        self.profileError.setWordWrap(True)

        self.youGrid.addWidget(self.profileError, 5, 0, 1, 2)

        self.profileButtons = QHBoxLayout()
        self.profileButtons.setObjectName(u"profileButtons")
        self.saveProfileButton = QPushButton(self.youBox)
        self.saveProfileButton.setObjectName(u"saveProfileButton")

        self.profileButtons.addWidget(self.saveProfileButton)

        self.profileSpacer = QSpacerItem(20, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.profileButtons.addItem(self.profileSpacer)


        self.youGrid.addLayout(self.profileButtons, 6, 0, 1, 2)

        self.youGrid.setColumnStretch(1, 1)

        self.contentLayout.addWidget(self.youBox)

        self.displayBox = QGroupBox(self.content)
        self.displayBox.setObjectName(u"displayBox")
        self.displayGrid = QGridLayout(self.displayBox)
        self.displayGrid.setObjectName(u"displayGrid")
        self.fontLabel = QLabel(self.displayBox)
        self.fontLabel.setObjectName(u"fontLabel")

        self.displayGrid.addWidget(self.fontLabel, 0, 0, 1, 1)

        self.fontSpin = QSpinBox(self.displayBox)
        self.fontSpin.setObjectName(u"fontSpin")
        self.fontSpin.setMinimum(100)
        self.fontSpin.setMaximum(200)
        self.fontSpin.setSingleStep(10)
        self.fontSpin.setValue(100)

        self.displayGrid.addWidget(self.fontSpin, 0, 1, 1, 1)

        self.contrastCheck = QCheckBox(self.displayBox)
        self.contrastCheck.setObjectName(u"contrastCheck")

        self.displayGrid.addWidget(self.contrastCheck, 1, 0, 1, 2)

        self.displayGrid.setColumnStretch(1, 1)

        self.contentLayout.addWidget(self.displayBox)

        self.figuresBox = QGroupBox(self.content)
        self.figuresBox.setObjectName(u"figuresBox")
        self.figuresLayout = QVBoxLayout(self.figuresBox)
        self.figuresLayout.setObjectName(u"figuresLayout")
        self.figuresHint = QLabel(self.figuresBox)
        self.figuresHint.setObjectName(u"figuresHint")
        self.figuresHint.setWordWrap(True)

        self.figuresLayout.addWidget(self.figuresHint)

        self.figuresView = QTableView(self.figuresBox)
        self.figuresView.setObjectName(u"figuresView")
        self.figuresView.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.figuresView.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.figuresView.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.figuresView.setAlternatingRowColors(True)
        self.figuresView.setTabKeyNavigation(False)
        self.figuresView.horizontalHeader().setStretchLastSection(True)
        self.figuresView.verticalHeader().setVisible(False)

        self.figuresLayout.addWidget(self.figuresView)

        self.figureGrid = QGridLayout()
        self.figureGrid.setObjectName(u"figureGrid")
        self.figureKeyLabel = QLabel(self.figuresBox)
        self.figureKeyLabel.setObjectName(u"figureKeyLabel")

        self.figureGrid.addWidget(self.figureKeyLabel, 0, 0, 1, 1)

        self.figureCombo = QComboBox(self.figuresBox)
        self.figureCombo.setObjectName(u"figureCombo")
        self.figureCombo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.figureCombo.setMinimumContentsLength(24)

        self.figureGrid.addWidget(self.figureCombo, 0, 1, 1, 1)

        self.figureDateLabel = QLabel(self.figuresBox)
        self.figureDateLabel.setObjectName(u"figureDateLabel")

        self.figureGrid.addWidget(self.figureDateLabel, 1, 0, 1, 1)

        self.figureDate = DateField(self.figuresBox)
        self.figureDate.setObjectName(u"figureDate")
        self.figureDate.setCalendarPopup(True)

        self.figureGrid.addWidget(self.figureDate, 1, 1, 1, 1)

        self.figureValueLabel = QLabel(self.figuresBox)
        self.figureValueLabel.setObjectName(u"figureValueLabel")

        self.figureGrid.addWidget(self.figureValueLabel, 2, 0, 1, 1)

        self.figureValue = QLineEdit(self.figuresBox)
        self.figureValue.setObjectName(u"figureValue")

        self.figureGrid.addWidget(self.figureValue, 2, 1, 1, 1)

        self.figureNoteLabel = QLabel(self.figuresBox)
        self.figureNoteLabel.setObjectName(u"figureNoteLabel")

        self.figureGrid.addWidget(self.figureNoteLabel, 3, 0, 1, 1)

        self.figureNote = QLineEdit(self.figuresBox)
        self.figureNote.setObjectName(u"figureNote")

        self.figureGrid.addWidget(self.figureNote, 3, 1, 1, 1)

        self.figureError = QLabel(self.figuresBox)
        self.figureError.setObjectName(u"figureError")
        self.figureError.setWordWrap(True)

        self.figureGrid.addWidget(self.figureError, 4, 0, 1, 2)

        self.figureButtons = QHBoxLayout()
        self.figureButtons.setObjectName(u"figureButtons")
        self.addFigureButton = QPushButton(self.figuresBox)
        self.addFigureButton.setObjectName(u"addFigureButton")

        self.figureButtons.addWidget(self.addFigureButton)

        self.removeFigureButton = QPushButton(self.figuresBox)
        self.removeFigureButton.setObjectName(u"removeFigureButton")

        self.figureButtons.addWidget(self.removeFigureButton)

        self.figureSpacer = QSpacerItem(20, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.figureButtons.addItem(self.figureSpacer)


        self.figureGrid.addLayout(self.figureButtons, 5, 0, 1, 2)

        self.figureGrid.setColumnStretch(1, 1)

        self.figuresLayout.addLayout(self.figureGrid)


        self.contentLayout.addWidget(self.figuresBox)

        self.dataBox = QGroupBox(self.content)
        self.dataBox.setObjectName(u"dataBox")
        self.dataLayout = QVBoxLayout(self.dataBox)
        self.dataLayout.setObjectName(u"dataLayout")
        self.dataHint = QLabel(self.dataBox)
        self.dataHint.setObjectName(u"dataHint")
        self.dataHint.setWordWrap(True)

        self.dataLayout.addWidget(self.dataHint)

        self.dataPathValue = QLabel(self.dataBox)
        self.dataPathValue.setObjectName(u"dataPathValue")
        self.dataPathValue.setWordWrap(True)
        self.dataPathValue.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse|Qt.TextInteractionFlag.TextSelectableByKeyboard)

        self.dataLayout.addWidget(self.dataPathValue)

        self.dataButtons = QHBoxLayout()
        self.dataButtons.setObjectName(u"dataButtons")
        self.openFolderButton = QPushButton(self.dataBox)
        self.openFolderButton.setObjectName(u"openFolderButton")

        self.dataButtons.addWidget(self.openFolderButton)

        self.dataSpacer = QSpacerItem(20, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.dataButtons.addItem(self.dataSpacer)


        self.dataLayout.addLayout(self.dataButtons)


        self.contentLayout.addWidget(self.dataBox)

        self.scroll.setWidget(self.content)

        self.outerLayout.addWidget(self.scroll)

#if QT_CONFIG(shortcut)
        self.nameLabel.setBuddy(self.nameEdit)
        self.rateLabel.setBuddy(self.rateEdit)
        self.benefitsLabel.setBuddy(self.benefitsCombo)
        self.ucDayLabel.setBuddy(self.ucDaySpin)
        self.fontLabel.setBuddy(self.fontSpin)
        self.figureKeyLabel.setBuddy(self.figureCombo)
        self.figureDateLabel.setBuddy(self.figureDate)
        self.figureValueLabel.setBuddy(self.figureValue)
        self.figureNoteLabel.setBuddy(self.figureNote)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.nameEdit, self.rateEdit)
        QWidget.setTabOrder(self.rateEdit, self.benefitsCombo)
        QWidget.setTabOrder(self.benefitsCombo, self.ucDaySpin)
        QWidget.setTabOrder(self.ucDaySpin, self.ucHousingCheck)
        QWidget.setTabOrder(self.ucHousingCheck, self.saveProfileButton)
        QWidget.setTabOrder(self.saveProfileButton, self.fontSpin)
        QWidget.setTabOrder(self.fontSpin, self.contrastCheck)
        QWidget.setTabOrder(self.contrastCheck, self.figuresView)
        QWidget.setTabOrder(self.figuresView, self.figureCombo)
        QWidget.setTabOrder(self.figureCombo, self.figureDate)
        QWidget.setTabOrder(self.figureDate, self.figureValue)
        QWidget.setTabOrder(self.figureValue, self.figureNote)
        QWidget.setTabOrder(self.figureNote, self.addFigureButton)
        QWidget.setTabOrder(self.addFigureButton, self.removeFigureButton)
        QWidget.setTabOrder(self.removeFigureButton, self.openFolderButton)

        self.retranslateUi(SettingsPage)

        QMetaObject.connectSlotsByName(SettingsPage)
    # setupUi

    def retranslateUi(self, SettingsPage):
        SettingsPage.setWindowTitle(QCoreApplication.translate("SettingsPage", u"Settings", None))
        self.heading.setText(QCoreApplication.translate("SettingsPage", u"Settings", None))
#if QT_CONFIG(accessibility)
        self.scroll.setAccessibleName(QCoreApplication.translate("SettingsPage", u"Settings (scroll with the arrow keys)", None))
#endif // QT_CONFIG(accessibility)
        self.youBox.setTitle(QCoreApplication.translate("SettingsPage", u"About you", None))
        self.nameLabel.setText(QCoreApplication.translate("SettingsPage", u"Your &name:", None))
#if QT_CONFIG(accessibility)
        self.nameEdit.setAccessibleName(QCoreApplication.translate("SettingsPage", u"Your name", None))
#endif // QT_CONFIG(accessibility)
        self.rateLabel.setText(QCoreApplication.translate("SettingsPage", u"R&eference hourly rate (\u00a3):", None))
#if QT_CONFIG(accessibility)
        self.rateEdit.setAccessibleName(QCoreApplication.translate("SettingsPage", u"Reference hourly rate", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.rateEdit.setAccessibleDescription(QCoreApplication.translate("SettingsPage", u"The value of an hour of your time, used when a role pays nothing", None))
#endif // QT_CONFIG(accessibility)
        self.rateEdit.setPlaceholderText(QCoreApplication.translate("SettingsPage", u"for example 25.00", None))
        self.benefitsLabel.setText(QCoreApplication.translate("SettingsPage", u"&Watch a benefits limit:", None))
#if QT_CONFIG(accessibility)
        self.benefitsCombo.setAccessibleName(QCoreApplication.translate("SettingsPage", u"Benefits limit to watch", None))
#endif // QT_CONFIG(accessibility)
        self.ucDayLabel.setText(QCoreApplication.translate("SettingsPage", u"Universal Credit assessment period starts on day:", None))
#if QT_CONFIG(accessibility)
        self.ucDaySpin.setAccessibleName(QCoreApplication.translate("SettingsPage", u"Universal Credit assessment period start day", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.ucHousingCheck.setAccessibleName(QCoreApplication.translate("SettingsPage", u"Universal Credit includes housing costs", None))
#endif // QT_CONFIG(accessibility)
        self.ucHousingCheck.setText(QCoreApplication.translate("SettingsPage", u"M&y Universal Credit includes housing costs", None))
        self.profileError.setText("")
#if QT_CONFIG(accessibility)
        self.saveProfileButton.setAccessibleName(QCoreApplication.translate("SettingsPage", u"Save my details", None))
#endif // QT_CONFIG(accessibility)
        self.saveProfileButton.setText(QCoreApplication.translate("SettingsPage", u"&Save my details", None))
        self.displayBox.setTitle(QCoreApplication.translate("SettingsPage", u"Display", None))
        self.fontLabel.setText(QCoreApplication.translate("SettingsPage", u"&Text size:", None))
#if QT_CONFIG(accessibility)
        self.fontSpin.setAccessibleName(QCoreApplication.translate("SettingsPage", u"Text size in percent", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.fontSpin.setAccessibleDescription(QCoreApplication.translate("SettingsPage", u"From 100 to 200 percent of the normal size", None))
#endif // QT_CONFIG(accessibility)
        self.fontSpin.setSuffix(QCoreApplication.translate("SettingsPage", u"%", None))
#if QT_CONFIG(accessibility)
        self.contrastCheck.setAccessibleName(QCoreApplication.translate("SettingsPage", u"High-contrast theme", None))
#endif // QT_CONFIG(accessibility)
        self.contrastCheck.setText(QCoreApplication.translate("SettingsPage", u"Hi&gh-contrast theme (white text on black)", None))
        self.figuresBox.setTitle(QCoreApplication.translate("SettingsPage", u"Figures the rules use", None))
        self.figuresHint.setText(QCoreApplication.translate("SettingsPage", u"Mileage rates, the trading allowance and benefits limits change on set dates. Each figure applies from its date until the next one. Add your own dated figure when one changes; the app's own figures stay underneath.", None))
#if QT_CONFIG(accessibility)
        self.figuresView.setAccessibleName(QCoreApplication.translate("SettingsPage", u"Dated figures", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.figuresView.setAccessibleDescription(QCoreApplication.translate("SettingsPage", u"Every figure with the date it applies from, and whether you added it", None))
#endif // QT_CONFIG(accessibility)
        self.figureKeyLabel.setText(QCoreApplication.translate("SettingsPage", u"&Figure:", None))
#if QT_CONFIG(accessibility)
        self.figureCombo.setAccessibleName(QCoreApplication.translate("SettingsPage", u"Figure to add a dated value for", None))
#endif // QT_CONFIG(accessibility)
        self.figureDateLabel.setText(QCoreApplication.translate("SettingsPage", u"App&lies from:", None))
#if QT_CONFIG(accessibility)
        self.figureDate.setAccessibleName(QCoreApplication.translate("SettingsPage", u"Date the figure applies from", None))
#endif // QT_CONFIG(accessibility)
        self.figureDate.setDisplayFormat(QCoreApplication.translate("SettingsPage", u"d MMM yyyy", None))
        self.figureValueLabel.setText(QCoreApplication.translate("SettingsPage", u"&Value:", None))
#if QT_CONFIG(accessibility)
        self.figureValue.setAccessibleName(QCoreApplication.translate("SettingsPage", u"Value of the figure", None))
#endif // QT_CONFIG(accessibility)
        self.figureValue.setPlaceholderText(QCoreApplication.translate("SettingsPage", u"for example 0.45", None))
        self.figureNoteLabel.setText(QCoreApplication.translate("SettingsPage", u"Note (where it &came from):", None))
#if QT_CONFIG(accessibility)
        self.figureNote.setAccessibleName(QCoreApplication.translate("SettingsPage", u"Note on where the figure came from", None))
#endif // QT_CONFIG(accessibility)
        self.figureNote.setPlaceholderText(QCoreApplication.translate("SettingsPage", u"for example gov.uk, April 2027", None))
        self.figureError.setText("")
#if QT_CONFIG(accessibility)
        self.addFigureButton.setAccessibleName(QCoreApplication.translate("SettingsPage", u"Add this dated figure", None))
#endif // QT_CONFIG(accessibility)
        self.addFigureButton.setText(QCoreApplication.translate("SettingsPage", u"&Add this dated figure", None))
#if QT_CONFIG(accessibility)
        self.removeFigureButton.setAccessibleName(QCoreApplication.translate("SettingsPage", u"Remove the selected figure you added", None))
#endif // QT_CONFIG(accessibility)
        self.removeFigureButton.setText(QCoreApplication.translate("SettingsPage", u"Remove &my figure", None))
        self.dataBox.setTitle(QCoreApplication.translate("SettingsPage", u"Your data", None))
        self.dataHint.setText(QCoreApplication.translate("SettingsPage", u"Your records are kept only on this computer, in this folder. Nothing leaves the computer unless you export it.", None))
        self.dataPathValue.setText("")
#if QT_CONFIG(accessibility)
        self.dataPathValue.setAccessibleName(QCoreApplication.translate("SettingsPage", u"Data folder", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.openFolderButton.setAccessibleName(QCoreApplication.translate("SettingsPage", u"Open the data folder", None))
#endif // QT_CONFIG(accessibility)
        self.openFolderButton.setText(QCoreApplication.translate("SettingsPage", u"&Open folder", None))
    # retranslateUi
