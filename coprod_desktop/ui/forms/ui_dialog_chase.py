# -*- coding: utf-8 -*-


from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QAbstractButton, QApplication, QCheckBox, QComboBox,
    QDialog, QDialogButtonBox, QFormLayout, QHBoxLayout,
    QLabel, QLineEdit, QPushButton, QSizePolicy,
    QSpacerItem, QVBoxLayout, QWidget)

class Ui_ChaseDialog(object):
    def setupUi(self, ChaseDialog):
        if not ChaseDialog.objectName():
            ChaseDialog.setObjectName(u"ChaseDialog")
        ChaseDialog.resize(600, 380)
        self.mainLayout = QVBoxLayout(ChaseDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.summary = QLabel(ChaseDialog)
        self.summary.setObjectName(u"summary")
        self.summary.setWordWrap(True)
        self.summary.setTextInteractionFlags(Qt.TextSelectableByMouse)

        self.mainLayout.addWidget(self.summary)

        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.form.setFieldGrowthPolicy(QFormLayout.AllNonFixedFieldsGrow)
        self.form.setRowWrapPolicy(QFormLayout.WrapLongRows)
        self.methodLabel = QLabel(ChaseDialog)
        self.methodLabel.setObjectName(u"methodLabel")
        self.methodLabel.setWordWrap(True)

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.methodLabel)

        self.method = QComboBox(ChaseDialog)
        self.method.setObjectName(u"method")

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.method)

        self.noteLabel = QLabel(ChaseDialog)
        self.noteLabel.setObjectName(u"noteLabel")
        self.noteLabel.setWordWrap(True)

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.noteLabel)

        self.note = QLineEdit(ChaseDialog)
        self.note.setObjectName(u"note")

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.note)

        self.largePrint = QCheckBox(ChaseDialog)
        self.largePrint.setObjectName(u"largePrint")

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.largePrint)


        self.mainLayout.addLayout(self.form)

        self.error = QLabel(ChaseDialog)
        self.error.setObjectName(u"error")
        self.error.setWordWrap(True)

        self.mainLayout.addWidget(self.error)

        self.actionRow = QHBoxLayout()
        self.actionRow.setObjectName(u"actionRow")
        self.saveLetter = QPushButton(ChaseDialog)
        self.saveLetter.setObjectName(u"saveLetter")

        self.actionRow.addWidget(self.saveLetter)

        self.emailDraft = QPushButton(ChaseDialog)
        self.emailDraft.setObjectName(u"emailDraft")

        self.actionRow.addWidget(self.emailDraft)

        self.actionSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.actionRow.addItem(self.actionSpacer)


        self.mainLayout.addLayout(self.actionRow)

        self.buttonBox = QDialogButtonBox(ChaseDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.Close)

        self.mainLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.methodLabel.setBuddy(self.method)
        self.noteLabel.setBuddy(self.note)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(ChaseDialog)

        QMetaObject.connectSlotsByName(ChaseDialog)
    # setupUi

    def retranslateUi(self, ChaseDialog):
        ChaseDialog.setWindowTitle(QCoreApplication.translate("ChaseDialog", u"Chase a claim", None))
        self.summary.setText("")
#if QT_CONFIG(accessibility)
        self.summary.setAccessibleName(QCoreApplication.translate("ChaseDialog", u"What the letter will say", None))
#endif // QT_CONFIG(accessibility)
        self.methodLabel.setText(QCoreApplication.translate("ChaseDialog", u"&How it is sent:", None))
#if QT_CONFIG(accessibility)
        self.method.setAccessibleName(QCoreApplication.translate("ChaseDialog", u"How the letter is sent", None))
#endif // QT_CONFIG(accessibility)
        self.noteLabel.setText(QCoreApplication.translate("ChaseDialog", u"&Note for my records:", None))
#if QT_CONFIG(accessibility)
        self.note.setAccessibleName(QCoreApplication.translate("ChaseDialog", u"Note for my records", None))
#endif // QT_CONFIG(accessibility)
        self.largePrint.setText(QCoreApplication.translate("ChaseDialog", u"&Large print (16 pt)", None))
        self.error.setText("")
#if QT_CONFIG(accessibility)
        self.error.setAccessibleName(QCoreApplication.translate("ChaseDialog", u"Problem", None))
#endif // QT_CONFIG(accessibility)
        self.saveLetter.setText(QCoreApplication.translate("ChaseDialog", u"&Save the letter\u2026", None))
#if QT_CONFIG(accessibility)
        self.saveLetter.setAccessibleName(QCoreApplication.translate("ChaseDialog", u"Save the chasing letter as a PDF and record it", None))
#endif // QT_CONFIG(accessibility)
        self.emailDraft.setText(QCoreApplication.translate("ChaseDialog", u"&Email draft\u2026", None))
#if QT_CONFIG(accessibility)
        self.emailDraft.setAccessibleName(QCoreApplication.translate("ChaseDialog", u"Make an email draft with the letter attached and record it", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi
