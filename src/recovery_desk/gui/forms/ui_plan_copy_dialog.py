# Generated from ui/plan_copy_dialog.ui by pyside6-uic. Do not edit: edit the .ui and recompile.

from PySide6.QtCore import QCoreApplication, QMetaObject
from PySide6.QtWidgets import QComboBox, QDialogButtonBox, QGridLayout, QLabel, QLineEdit, QSizePolicy, QSpacerItem, QVBoxLayout

class Ui_PlanCopyDialog(object):
    def setupUi(self, PlanCopyDialog):
        if not PlanCopyDialog.objectName():
            PlanCopyDialog.setObjectName(u"PlanCopyDialog")
        PlanCopyDialog.resize(460, 260)
        self.outerLayout = QVBoxLayout(PlanCopyDialog)
        self.outerLayout.setObjectName(u"outerLayout")
        self.intro = QLabel(PlanCopyDialog)
        self.intro.setObjectName(u"intro")
        self.intro.setWordWrap(True)

        self.outerLayout.addWidget(self.intro)

        self.formError = QLabel(PlanCopyDialog)
        self.formError.setObjectName(u"formError")
        self.formError.setWordWrap(True)

        self.outerLayout.addWidget(self.formError)

        self.form = QGridLayout()
        self.form.setObjectName(u"form")
        self.form.setHorizontalSpacing(12)
        self.form.setVerticalSpacing(2)
        self.holderLabel = QLabel(PlanCopyDialog)
        self.holderLabel.setObjectName(u"holderLabel")

        self.form.addWidget(self.holderLabel, 0, 0, 1, 1)

        self.holder = QComboBox(PlanCopyDialog)
        self.holder.setObjectName(u"holder")

        self.form.addWidget(self.holder, 0, 1, 1, 1)

        self.holderError = QLabel(PlanCopyDialog)
        self.holderError.setObjectName(u"holderError")
        self.holderError.setWordWrap(True)

        self.form.addWidget(self.holderError, 1, 1, 1, 1)

        self.givenOnLabel = QLabel(PlanCopyDialog)
        self.givenOnLabel.setObjectName(u"givenOnLabel")

        self.form.addWidget(self.givenOnLabel, 2, 0, 1, 1)

        self.givenOn = QLineEdit(PlanCopyDialog)
        self.givenOn.setObjectName(u"givenOn")

        self.form.addWidget(self.givenOn, 2, 1, 1, 1)

        self.givenOnError = QLabel(PlanCopyDialog)
        self.givenOnError.setObjectName(u"givenOnError")
        self.givenOnError.setWordWrap(True)

        self.form.addWidget(self.givenOnError, 3, 1, 1, 1)


        self.outerLayout.addLayout(self.form)

        self.spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.outerLayout.addItem(self.spacer)

        self.buttons = QDialogButtonBox(PlanCopyDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Ok)

        self.outerLayout.addWidget(self.buttons)

#if QT_CONFIG(shortcut)
        self.holderLabel.setBuddy(self.holder)
        self.givenOnLabel.setBuddy(self.givenOn)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(PlanCopyDialog)

        QMetaObject.connectSlotsByName(PlanCopyDialog)
    # setupUi

    def retranslateUi(self, PlanCopyDialog):
        PlanCopyDialog.setWindowTitle(QCoreApplication.translate("PlanCopyDialog", u"Record a copy given", None))
        self.intro.setText(QCoreApplication.translate("PlanCopyDialog", u"Keep a note of everyone who holds a copy, so older copies can be replaced when the plan changes.", None))
        self.formError.setText("")
#if QT_CONFIG(accessibility)
        self.formError.setAccessibleName(QCoreApplication.translate("PlanCopyDialog", u"Problem saving", None))
#endif // QT_CONFIG(accessibility)
        self.holderLabel.setText(QCoreApplication.translate("PlanCopyDialog", u"Who has the copy", None))
#if QT_CONFIG(accessibility)
        self.holder.setAccessibleName(QCoreApplication.translate("PlanCopyDialog", u"Who has the copy", None))
#endif // QT_CONFIG(accessibility)
        self.holderError.setText("")
#if QT_CONFIG(accessibility)
        self.holderError.setAccessibleName(QCoreApplication.translate("PlanCopyDialog", u"Who has the copy problem", None))
#endif // QT_CONFIG(accessibility)
        self.givenOnLabel.setText(QCoreApplication.translate("PlanCopyDialog", u"Date given", None))
#if QT_CONFIG(accessibility)
        self.givenOn.setAccessibleName(QCoreApplication.translate("PlanCopyDialog", u"Date given", None))
#endif // QT_CONFIG(accessibility)
        self.givenOn.setPlaceholderText(QCoreApplication.translate("PlanCopyDialog", u"dd/mm/yyyy", None))
        self.givenOnError.setText("")
#if QT_CONFIG(accessibility)
        self.givenOnError.setAccessibleName(QCoreApplication.translate("PlanCopyDialog", u"Date given problem", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi
