# Generated from ui/supporter_dialog.ui by pyside6-uic. Do not edit: edit the .ui and recompile.

from PySide6.QtCore import QCoreApplication, QMetaObject, QSize
from PySide6.QtWidgets import QCheckBox, QComboBox, QDialogButtonBox, QGridLayout, QLabel, QLineEdit, QPlainTextEdit, QSizePolicy, QSpacerItem, QVBoxLayout

class Ui_SupporterDialog(object):
    def setupUi(self, SupporterDialog):
        if not SupporterDialog.objectName():
            SupporterDialog.setObjectName(u"SupporterDialog")
        SupporterDialog.resize(520, 520)
        self.outerLayout = QVBoxLayout(SupporterDialog)
        self.outerLayout.setObjectName(u"outerLayout")
        self.intro = QLabel(SupporterDialog)
        self.intro.setObjectName(u"intro")
        self.intro.setWordWrap(True)

        self.outerLayout.addWidget(self.intro)

        self.formError = QLabel(SupporterDialog)
        self.formError.setObjectName(u"formError")
        self.formError.setWordWrap(True)

        self.outerLayout.addWidget(self.formError)

        self.form = QGridLayout()
        self.form.setObjectName(u"form")
        self.form.setHorizontalSpacing(12)
        self.form.setVerticalSpacing(2)
        self.nameLabel = QLabel(SupporterDialog)
        self.nameLabel.setObjectName(u"nameLabel")

        self.form.addWidget(self.nameLabel, 0, 0, 1, 1)

        self.name = QLineEdit(SupporterDialog)
        self.name.setObjectName(u"name")

        self.form.addWidget(self.name, 0, 1, 1, 1)

        self.nameError = QLabel(SupporterDialog)
        self.nameError.setObjectName(u"nameError")
        self.nameError.setWordWrap(True)

        self.form.addWidget(self.nameError, 1, 1, 1, 1)

        self.relationshipLabel = QLabel(SupporterDialog)
        self.relationshipLabel.setObjectName(u"relationshipLabel")

        self.form.addWidget(self.relationshipLabel, 2, 0, 1, 1)

        self.relationship = QLineEdit(SupporterDialog)
        self.relationship.setObjectName(u"relationship")

        self.form.addWidget(self.relationship, 2, 1, 1, 1)

        self.relationshipError = QLabel(SupporterDialog)
        self.relationshipError.setObjectName(u"relationshipError")
        self.relationshipError.setWordWrap(True)

        self.form.addWidget(self.relationshipError, 3, 1, 1, 1)

        self.kindLabel = QLabel(SupporterDialog)
        self.kindLabel.setObjectName(u"kindLabel")

        self.form.addWidget(self.kindLabel, 4, 0, 1, 1)

        self.kind = QComboBox(SupporterDialog)
        self.kind.setObjectName(u"kind")

        self.form.addWidget(self.kind, 4, 1, 1, 1)

        self.kindError = QLabel(SupporterDialog)
        self.kindError.setObjectName(u"kindError")
        self.kindError.setWordWrap(True)

        self.form.addWidget(self.kindError, 5, 1, 1, 1)

        self.phoneLabel = QLabel(SupporterDialog)
        self.phoneLabel.setObjectName(u"phoneLabel")

        self.form.addWidget(self.phoneLabel, 6, 0, 1, 1)

        self.phone = QLineEdit(SupporterDialog)
        self.phone.setObjectName(u"phone")

        self.form.addWidget(self.phone, 6, 1, 1, 1)

        self.phoneError = QLabel(SupporterDialog)
        self.phoneError.setObjectName(u"phoneError")
        self.phoneError.setWordWrap(True)

        self.form.addWidget(self.phoneError, 7, 1, 1, 1)

        self.emailLabel = QLabel(SupporterDialog)
        self.emailLabel.setObjectName(u"emailLabel")

        self.form.addWidget(self.emailLabel, 8, 0, 1, 1)

        self.email = QLineEdit(SupporterDialog)
        self.email.setObjectName(u"email")

        self.form.addWidget(self.email, 8, 1, 1, 1)

        self.emailError = QLabel(SupporterDialog)
        self.emailError.setObjectName(u"emailError")
        self.emailError.setWordWrap(True)

        self.form.addWidget(self.emailError, 9, 1, 1, 1)

        self.mayContactInCrisis = QCheckBox(SupporterDialog)
        self.mayContactInCrisis.setObjectName(u"mayContactInCrisis")

        self.form.addWidget(self.mayContactInCrisis, 10, 1, 1, 1)

        self.holdsCrisisPlanCopy = QCheckBox(SupporterDialog)
        self.holdsCrisisPlanCopy.setObjectName(u"holdsCrisisPlanCopy")

        self.form.addWidget(self.holdsCrisisPlanCopy, 11, 1, 1, 1)

        self.isDecisionMaker = QCheckBox(SupporterDialog)
        self.isDecisionMaker.setObjectName(u"isDecisionMaker")

        self.form.addWidget(self.isDecisionMaker, 12, 1, 1, 1)

        self.notesLabel = QLabel(SupporterDialog)
        self.notesLabel.setObjectName(u"notesLabel")

        self.form.addWidget(self.notesLabel, 13, 0, 1, 1)

        self.notes = QPlainTextEdit(SupporterDialog)
        self.notes.setObjectName(u"notes")
        self.notes.setTabChangesFocus(True)
        self.notes.setMaximumSize(QSize(16777215, 80))

        self.form.addWidget(self.notes, 13, 1, 1, 1)

        self.notesError = QLabel(SupporterDialog)
        self.notesError.setObjectName(u"notesError")
        self.notesError.setWordWrap(True)

        self.form.addWidget(self.notesError, 14, 1, 1, 1)


        self.outerLayout.addLayout(self.form)

        self.spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.outerLayout.addItem(self.spacer)

        self.buttons = QDialogButtonBox(SupporterDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Save)

        self.outerLayout.addWidget(self.buttons)

#if QT_CONFIG(shortcut)
        self.nameLabel.setBuddy(self.name)
        self.relationshipLabel.setBuddy(self.relationship)
        self.kindLabel.setBuddy(self.kind)
        self.phoneLabel.setBuddy(self.phone)
        self.emailLabel.setBuddy(self.email)
        self.notesLabel.setBuddy(self.notes)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(SupporterDialog)

        QMetaObject.connectSlotsByName(SupporterDialog)
    # setupUi

    def retranslateUi(self, SupporterDialog):
        SupporterDialog.setWindowTitle(QCoreApplication.translate("SupporterDialog", u"Supporter", None))
        self.intro.setText(QCoreApplication.translate("SupporterDialog", u"Someone the person wants listed: family, a friend, a carer, an advocate or a peer.", None))
        self.formError.setText("")
#if QT_CONFIG(accessibility)
        self.formError.setAccessibleName(QCoreApplication.translate("SupporterDialog", u"Problem saving", None))
#endif // QT_CONFIG(accessibility)
        self.nameLabel.setText(QCoreApplication.translate("SupporterDialog", u"Name", None))
#if QT_CONFIG(accessibility)
        self.name.setAccessibleName(QCoreApplication.translate("SupporterDialog", u"Name", None))
#endif // QT_CONFIG(accessibility)
        self.nameError.setText("")
#if QT_CONFIG(accessibility)
        self.nameError.setAccessibleName(QCoreApplication.translate("SupporterDialog", u"Name problem", None))
#endif // QT_CONFIG(accessibility)
        self.relationshipLabel.setText(QCoreApplication.translate("SupporterDialog", u"Relationship to them", None))
#if QT_CONFIG(accessibility)
        self.relationship.setAccessibleName(QCoreApplication.translate("SupporterDialog", u"Relationship to them", None))
#endif // QT_CONFIG(accessibility)
        self.relationship.setPlaceholderText(QCoreApplication.translate("SupporterDialog", u"In their words, e.g. \"my sister\"", None))
        self.relationshipError.setText("")
#if QT_CONFIG(accessibility)
        self.relationshipError.setAccessibleName(QCoreApplication.translate("SupporterDialog", u"Relationship to them problem", None))
#endif // QT_CONFIG(accessibility)
        self.kindLabel.setText(QCoreApplication.translate("SupporterDialog", u"Kind of supporter", None))
#if QT_CONFIG(accessibility)
        self.kind.setAccessibleName(QCoreApplication.translate("SupporterDialog", u"Kind of supporter", None))
#endif // QT_CONFIG(accessibility)
        self.kindError.setText("")
#if QT_CONFIG(accessibility)
        self.kindError.setAccessibleName(QCoreApplication.translate("SupporterDialog", u"Kind of supporter problem", None))
#endif // QT_CONFIG(accessibility)
        self.phoneLabel.setText(QCoreApplication.translate("SupporterDialog", u"Phone", None))
#if QT_CONFIG(accessibility)
        self.phone.setAccessibleName(QCoreApplication.translate("SupporterDialog", u"Phone", None))
#endif // QT_CONFIG(accessibility)
        self.phoneError.setText("")
#if QT_CONFIG(accessibility)
        self.phoneError.setAccessibleName(QCoreApplication.translate("SupporterDialog", u"Phone problem", None))
#endif // QT_CONFIG(accessibility)
        self.emailLabel.setText(QCoreApplication.translate("SupporterDialog", u"Email", None))
#if QT_CONFIG(accessibility)
        self.email.setAccessibleName(QCoreApplication.translate("SupporterDialog", u"Email", None))
#endif // QT_CONFIG(accessibility)
        self.emailError.setText("")
#if QT_CONFIG(accessibility)
        self.emailError.setAccessibleName(QCoreApplication.translate("SupporterDialog", u"Email problem", None))
#endif // QT_CONFIG(accessibility)
        self.mayContactInCrisis.setText(QCoreApplication.translate("SupporterDialog", u"May be contacted in a crisis", None))
#if QT_CONFIG(accessibility)
        self.mayContactInCrisis.setAccessibleName(QCoreApplication.translate("SupporterDialog", u"May be contacted in a crisis", None))
#endif // QT_CONFIG(accessibility)
        self.holdsCrisisPlanCopy.setText(QCoreApplication.translate("SupporterDialog", u"Holds a copy of the crisis plan", None))
#if QT_CONFIG(accessibility)
        self.holdsCrisisPlanCopy.setAccessibleName(QCoreApplication.translate("SupporterDialog", u"Holds a copy of the crisis plan", None))
#endif // QT_CONFIG(accessibility)
        self.isDecisionMaker.setText(QCoreApplication.translate("SupporterDialog", u"Their chosen decision-maker", None))
#if QT_CONFIG(accessibility)
        self.isDecisionMaker.setAccessibleName(QCoreApplication.translate("SupporterDialog", u"Their chosen decision-maker", None))
#endif // QT_CONFIG(accessibility)
        self.notesLabel.setText(QCoreApplication.translate("SupporterDialog", u"Notes", None))
#if QT_CONFIG(accessibility)
        self.notes.setAccessibleName(QCoreApplication.translate("SupporterDialog", u"Notes", None))
#endif // QT_CONFIG(accessibility)
        self.notesError.setText("")
#if QT_CONFIG(accessibility)
        self.notesError.setAccessibleName(QCoreApplication.translate("SupporterDialog", u"Notes problem", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi
