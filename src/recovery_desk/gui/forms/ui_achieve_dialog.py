# Generated from ui/achieve_dialog.ui by pyside6-uic. Do not edit: edit the .ui and recompile.

from PySide6.QtCore import QCoreApplication, QMetaObject, QSize
from PySide6.QtWidgets import QDialogButtonBox, QGridLayout, QLabel, QLineEdit, QPlainTextEdit, QSizePolicy, QSpacerItem, QVBoxLayout

class Ui_AchieveDialog(object):
    def setupUi(self, AchieveDialog):
        if not AchieveDialog.objectName():
            AchieveDialog.setObjectName(u"AchieveDialog")
        AchieveDialog.resize(520, 340)
        self.outerLayout = QVBoxLayout(AchieveDialog)
        self.outerLayout.setObjectName(u"outerLayout")
        self.intro = QLabel(AchieveDialog)
        self.intro.setObjectName(u"intro")
        self.intro.setWordWrap(True)

        self.outerLayout.addWidget(self.intro)

        self.formError = QLabel(AchieveDialog)
        self.formError.setObjectName(u"formError")
        self.formError.setWordWrap(True)

        self.outerLayout.addWidget(self.formError)

        self.form = QGridLayout()
        self.form.setObjectName(u"form")
        self.form.setHorizontalSpacing(12)
        self.form.setVerticalSpacing(2)
        self.celebrationLabel = QLabel(AchieveDialog)
        self.celebrationLabel.setObjectName(u"celebrationLabel")

        self.form.addWidget(self.celebrationLabel, 0, 0, 1, 1)

        self.celebration = QPlainTextEdit(AchieveDialog)
        self.celebration.setObjectName(u"celebration")
        self.celebration.setTabChangesFocus(True)
        self.celebration.setMaximumSize(QSize(16777215, 90))

        self.form.addWidget(self.celebration, 0, 1, 1, 1)

        self.celebrationError = QLabel(AchieveDialog)
        self.celebrationError.setObjectName(u"celebrationError")
        self.celebrationError.setWordWrap(True)

        self.form.addWidget(self.celebrationError, 1, 1, 1, 1)

        self.achievedOnLabel = QLabel(AchieveDialog)
        self.achievedOnLabel.setObjectName(u"achievedOnLabel")

        self.form.addWidget(self.achievedOnLabel, 2, 0, 1, 1)

        self.achievedOn = QLineEdit(AchieveDialog)
        self.achievedOn.setObjectName(u"achievedOn")

        self.form.addWidget(self.achievedOn, 2, 1, 1, 1)

        self.achievedOnError = QLabel(AchieveDialog)
        self.achievedOnError.setObjectName(u"achievedOnError")
        self.achievedOnError.setWordWrap(True)

        self.form.addWidget(self.achievedOnError, 3, 1, 1, 1)


        self.outerLayout.addLayout(self.form)

        self.spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.outerLayout.addItem(self.spacer)

        self.buttons = QDialogButtonBox(AchieveDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Ok)

        self.outerLayout.addWidget(self.buttons)

#if QT_CONFIG(shortcut)
        self.celebrationLabel.setBuddy(self.celebration)
        self.achievedOnLabel.setBuddy(self.achievedOn)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(AchieveDialog)

        QMetaObject.connectSlotsByName(AchieveDialog)
    # setupUi

    def retranslateUi(self, AchieveDialog):
        AchieveDialog.setWindowTitle(QCoreApplication.translate("AchieveDialog", u"Goal achieved", None))
        self.intro.setText(QCoreApplication.translate("AchieveDialog", u"Well done to them. Take a moment to mark it: how will it be celebrated, and what does it mean to them? (100 Ways, action point 71)", None))
        self.formError.setText("")
#if QT_CONFIG(accessibility)
        self.formError.setAccessibleName(QCoreApplication.translate("AchieveDialog", u"Problem saving", None))
#endif // QT_CONFIG(accessibility)
        self.celebrationLabel.setText(QCoreApplication.translate("AchieveDialog", u"Celebration note", None))
#if QT_CONFIG(accessibility)
        self.celebration.setAccessibleName(QCoreApplication.translate("AchieveDialog", u"Celebration note", None))
#endif // QT_CONFIG(accessibility)
        self.celebrationError.setText("")
#if QT_CONFIG(accessibility)
        self.celebrationError.setAccessibleName(QCoreApplication.translate("AchieveDialog", u"Celebration note problem", None))
#endif // QT_CONFIG(accessibility)
        self.achievedOnLabel.setText(QCoreApplication.translate("AchieveDialog", u"Date achieved", None))
#if QT_CONFIG(accessibility)
        self.achievedOn.setAccessibleName(QCoreApplication.translate("AchieveDialog", u"Date achieved", None))
#endif // QT_CONFIG(accessibility)
        self.achievedOn.setPlaceholderText(QCoreApplication.translate("AchieveDialog", u"dd/mm/yyyy", None))
        self.achievedOnError.setText("")
#if QT_CONFIG(accessibility)
        self.achievedOnError.setAccessibleName(QCoreApplication.translate("AchieveDialog", u"Date achieved problem", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi
