# Generated from ui/step_dialog.ui by pyside6-uic. Do not edit: edit the .ui and recompile.

from PySide6.QtCore import QCoreApplication, QMetaObject, QSize
from PySide6.QtWidgets import QComboBox, QDialogButtonBox, QGridLayout, QLabel, QLineEdit, QPlainTextEdit, QSizePolicy, QSpacerItem, QVBoxLayout

class Ui_StepDialog(object):
    def setupUi(self, StepDialog):
        if not StepDialog.objectName():
            StepDialog.setObjectName(u"StepDialog")
        StepDialog.resize(520, 340)
        self.outerLayout = QVBoxLayout(StepDialog)
        self.outerLayout.setObjectName(u"outerLayout")
        self.intro = QLabel(StepDialog)
        self.intro.setObjectName(u"intro")
        self.intro.setWordWrap(True)

        self.outerLayout.addWidget(self.intro)

        self.formError = QLabel(StepDialog)
        self.formError.setObjectName(u"formError")
        self.formError.setWordWrap(True)

        self.outerLayout.addWidget(self.formError)

        self.form = QGridLayout()
        self.form.setObjectName(u"form")
        self.form.setHorizontalSpacing(12)
        self.form.setVerticalSpacing(2)
        self.descriptionLabel = QLabel(StepDialog)
        self.descriptionLabel.setObjectName(u"descriptionLabel")

        self.form.addWidget(self.descriptionLabel, 0, 0, 1, 1)

        self.description = QPlainTextEdit(StepDialog)
        self.description.setObjectName(u"description")
        self.description.setTabChangesFocus(True)
        self.description.setMaximumSize(QSize(16777215, 70))

        self.form.addWidget(self.description, 0, 1, 1, 1)

        self.descriptionError = QLabel(StepDialog)
        self.descriptionError.setObjectName(u"descriptionError")
        self.descriptionError.setWordWrap(True)

        self.form.addWidget(self.descriptionError, 1, 1, 1, 1)

        self.whoLabel = QLabel(StepDialog)
        self.whoLabel.setObjectName(u"whoLabel")

        self.form.addWidget(self.whoLabel, 2, 0, 1, 1)

        self.who = QComboBox(StepDialog)
        self.who.setObjectName(u"who")

        self.form.addWidget(self.who, 2, 1, 1, 1)

        self.whoError = QLabel(StepDialog)
        self.whoError.setObjectName(u"whoError")
        self.whoError.setWordWrap(True)

        self.form.addWidget(self.whoError, 3, 1, 1, 1)

        self.dueOnLabel = QLabel(StepDialog)
        self.dueOnLabel.setObjectName(u"dueOnLabel")

        self.form.addWidget(self.dueOnLabel, 4, 0, 1, 1)

        self.dueOn = QLineEdit(StepDialog)
        self.dueOn.setObjectName(u"dueOn")

        self.form.addWidget(self.dueOn, 4, 1, 1, 1)

        self.dueOnError = QLabel(StepDialog)
        self.dueOnError.setObjectName(u"dueOnError")
        self.dueOnError.setWordWrap(True)

        self.form.addWidget(self.dueOnError, 5, 1, 1, 1)


        self.outerLayout.addLayout(self.form)

        self.spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.outerLayout.addItem(self.spacer)

        self.buttons = QDialogButtonBox(StepDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Save)

        self.outerLayout.addWidget(self.buttons)

#if QT_CONFIG(shortcut)
        self.descriptionLabel.setBuddy(self.description)
        self.whoLabel.setBuddy(self.who)
        self.dueOnLabel.setBuddy(self.dueOn)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(StepDialog)

        QMetaObject.connectSlotsByName(StepDialog)
    # setupUi

    def retranslateUi(self, StepDialog):
        StepDialog.setWindowTitle(QCoreApplication.translate("StepDialog", u"Step", None))
        self.intro.setText(QCoreApplication.translate("StepDialog", u"One small, concrete step towards the goal, and who will take it.", None))
        self.formError.setText("")
#if QT_CONFIG(accessibility)
        self.formError.setAccessibleName(QCoreApplication.translate("StepDialog", u"Problem saving", None))
#endif // QT_CONFIG(accessibility)
        self.descriptionLabel.setText(QCoreApplication.translate("StepDialog", u"What the step is", None))
#if QT_CONFIG(accessibility)
        self.description.setAccessibleName(QCoreApplication.translate("StepDialog", u"What the step is", None))
#endif // QT_CONFIG(accessibility)
        self.descriptionError.setText("")
#if QT_CONFIG(accessibility)
        self.descriptionError.setAccessibleName(QCoreApplication.translate("StepDialog", u"What the step is problem", None))
#endif // QT_CONFIG(accessibility)
        self.whoLabel.setText(QCoreApplication.translate("StepDialog", u"Who will do it", None))
#if QT_CONFIG(accessibility)
        self.who.setAccessibleName(QCoreApplication.translate("StepDialog", u"Who will do it", None))
#endif // QT_CONFIG(accessibility)
        self.whoError.setText("")
#if QT_CONFIG(accessibility)
        self.whoError.setAccessibleName(QCoreApplication.translate("StepDialog", u"Who will do it problem", None))
#endif // QT_CONFIG(accessibility)
        self.dueOnLabel.setText(QCoreApplication.translate("StepDialog", u"By when (optional)", None))
#if QT_CONFIG(accessibility)
        self.dueOn.setAccessibleName(QCoreApplication.translate("StepDialog", u"By when (optional)", None))
#endif // QT_CONFIG(accessibility)
        self.dueOn.setPlaceholderText(QCoreApplication.translate("StepDialog", u"dd/mm/yyyy", None))
        self.dueOnError.setText("")
#if QT_CONFIG(accessibility)
        self.dueOnError.setAccessibleName(QCoreApplication.translate("StepDialog", u"By when (optional) problem", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi
