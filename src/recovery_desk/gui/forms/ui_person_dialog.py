# Generated from ui/person_dialog.ui by pyside6-uic. Do not edit: edit the .ui and recompile.

from PySide6.QtCore import QCoreApplication, QMetaObject, QSize
from PySide6.QtWidgets import QComboBox, QDialogButtonBox, QFrame, QGridLayout, QLabel, QLineEdit, QPlainTextEdit, QScrollArea, QVBoxLayout, QWidget

class Ui_PersonDialog(object):
    def setupUi(self, PersonDialog):
        if not PersonDialog.objectName():
            PersonDialog.setObjectName(u"PersonDialog")
        PersonDialog.resize(620, 760)
        self.outerLayout = QVBoxLayout(PersonDialog)
        self.outerLayout.setObjectName(u"outerLayout")
        self.intro = QLabel(PersonDialog)
        self.intro.setObjectName(u"intro")
        self.intro.setWordWrap(True)

        self.outerLayout.addWidget(self.intro)

        self.formError = QLabel(PersonDialog)
        self.formError.setObjectName(u"formError")
        self.formError.setWordWrap(True)

        self.outerLayout.addWidget(self.formError)

        self.scroll = QScrollArea(PersonDialog)
        self.scroll.setObjectName(u"scroll")
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QFrame.NoFrame)
        self.formPage = QWidget()
        self.formPage.setObjectName(u"formPage")
        self.form = QGridLayout(self.formPage)
        self.form.setObjectName(u"form")
        self.form.setHorizontalSpacing(12)
        self.form.setVerticalSpacing(2)
        self.givenNameLabel = QLabel(self.formPage)
        self.givenNameLabel.setObjectName(u"givenNameLabel")

        self.form.addWidget(self.givenNameLabel, 0, 0, 1, 1)

        self.givenName = QLineEdit(self.formPage)
        self.givenName.setObjectName(u"givenName")

        self.form.addWidget(self.givenName, 0, 1, 1, 1)

        self.givenNameError = QLabel(self.formPage)
        self.givenNameError.setObjectName(u"givenNameError")
        self.givenNameError.setWordWrap(True)

        self.form.addWidget(self.givenNameError, 1, 1, 1, 1)

        self.familyNameLabel = QLabel(self.formPage)
        self.familyNameLabel.setObjectName(u"familyNameLabel")

        self.form.addWidget(self.familyNameLabel, 2, 0, 1, 1)

        self.familyName = QLineEdit(self.formPage)
        self.familyName.setObjectName(u"familyName")

        self.form.addWidget(self.familyName, 2, 1, 1, 1)

        self.familyNameError = QLabel(self.formPage)
        self.familyNameError.setObjectName(u"familyNameError")
        self.familyNameError.setWordWrap(True)

        self.form.addWidget(self.familyNameError, 3, 1, 1, 1)

        self.preferredNameLabel = QLabel(self.formPage)
        self.preferredNameLabel.setObjectName(u"preferredNameLabel")

        self.form.addWidget(self.preferredNameLabel, 4, 0, 1, 1)

        self.preferredName = QLineEdit(self.formPage)
        self.preferredName.setObjectName(u"preferredName")

        self.form.addWidget(self.preferredName, 4, 1, 1, 1)

        self.preferredNameError = QLabel(self.formPage)
        self.preferredNameError.setObjectName(u"preferredNameError")
        self.preferredNameError.setWordWrap(True)

        self.form.addWidget(self.preferredNameError, 5, 1, 1, 1)

        self.pronounsLabel = QLabel(self.formPage)
        self.pronounsLabel.setObjectName(u"pronounsLabel")

        self.form.addWidget(self.pronounsLabel, 6, 0, 1, 1)

        self.pronouns = QComboBox(self.formPage)
        self.pronouns.setObjectName(u"pronouns")
        self.pronouns.setEditable(True)

        self.form.addWidget(self.pronouns, 6, 1, 1, 1)

        self.pronounsError = QLabel(self.formPage)
        self.pronounsError.setObjectName(u"pronounsError")
        self.pronounsError.setWordWrap(True)

        self.form.addWidget(self.pronounsError, 7, 1, 1, 1)

        self.dateOfBirthLabel = QLabel(self.formPage)
        self.dateOfBirthLabel.setObjectName(u"dateOfBirthLabel")

        self.form.addWidget(self.dateOfBirthLabel, 8, 0, 1, 1)

        self.dateOfBirth = QLineEdit(self.formPage)
        self.dateOfBirth.setObjectName(u"dateOfBirth")

        self.form.addWidget(self.dateOfBirth, 8, 1, 1, 1)

        self.dateOfBirthError = QLabel(self.formPage)
        self.dateOfBirthError.setObjectName(u"dateOfBirthError")
        self.dateOfBirthError.setWordWrap(True)

        self.form.addWidget(self.dateOfBirthError, 9, 1, 1, 1)

        self.nhsNumberLabel = QLabel(self.formPage)
        self.nhsNumberLabel.setObjectName(u"nhsNumberLabel")

        self.form.addWidget(self.nhsNumberLabel, 10, 0, 1, 1)

        self.nhsNumber = QLineEdit(self.formPage)
        self.nhsNumber.setObjectName(u"nhsNumber")

        self.form.addWidget(self.nhsNumber, 10, 1, 1, 1)

        self.nhsNumberError = QLabel(self.formPage)
        self.nhsNumberError.setObjectName(u"nhsNumberError")
        self.nhsNumberError.setWordWrap(True)

        self.form.addWidget(self.nhsNumberError, 11, 1, 1, 1)

        self.careCoordinatorLabel = QLabel(self.formPage)
        self.careCoordinatorLabel.setObjectName(u"careCoordinatorLabel")

        self.form.addWidget(self.careCoordinatorLabel, 12, 0, 1, 1)

        self.careCoordinator = QComboBox(self.formPage)
        self.careCoordinator.setObjectName(u"careCoordinator")

        self.form.addWidget(self.careCoordinator, 12, 1, 1, 1)

        self.careCoordinatorError = QLabel(self.formPage)
        self.careCoordinatorError.setObjectName(u"careCoordinatorError")
        self.careCoordinatorError.setWordWrap(True)

        self.form.addWidget(self.careCoordinatorError, 13, 1, 1, 1)

        self.addressLabel = QLabel(self.formPage)
        self.addressLabel.setObjectName(u"addressLabel")

        self.form.addWidget(self.addressLabel, 14, 0, 1, 1)

        self.address = QPlainTextEdit(self.formPage)
        self.address.setObjectName(u"address")
        self.address.setTabChangesFocus(True)
        self.address.setMaximumSize(QSize(16777215, 70))

        self.form.addWidget(self.address, 14, 1, 1, 1)

        self.addressError = QLabel(self.formPage)
        self.addressError.setObjectName(u"addressError")
        self.addressError.setWordWrap(True)

        self.form.addWidget(self.addressError, 15, 1, 1, 1)

        self.phoneLabel = QLabel(self.formPage)
        self.phoneLabel.setObjectName(u"phoneLabel")

        self.form.addWidget(self.phoneLabel, 16, 0, 1, 1)

        self.phone = QLineEdit(self.formPage)
        self.phone.setObjectName(u"phone")

        self.form.addWidget(self.phone, 16, 1, 1, 1)

        self.phoneError = QLabel(self.formPage)
        self.phoneError.setObjectName(u"phoneError")
        self.phoneError.setWordWrap(True)

        self.form.addWidget(self.phoneError, 17, 1, 1, 1)

        self.emailLabel = QLabel(self.formPage)
        self.emailLabel.setObjectName(u"emailLabel")

        self.form.addWidget(self.emailLabel, 18, 0, 1, 1)

        self.email = QLineEdit(self.formPage)
        self.email.setObjectName(u"email")

        self.form.addWidget(self.email, 18, 1, 1, 1)

        self.emailError = QLabel(self.formPage)
        self.emailError.setObjectName(u"emailError")
        self.emailError.setWordWrap(True)

        self.form.addWidget(self.emailError, 19, 1, 1, 1)

        self.cultureLabel = QLabel(self.formPage)
        self.cultureLabel.setObjectName(u"cultureLabel")

        self.form.addWidget(self.cultureLabel, 20, 0, 1, 1)

        self.culture = QPlainTextEdit(self.formPage)
        self.culture.setObjectName(u"culture")
        self.culture.setTabChangesFocus(True)
        self.culture.setMaximumSize(QSize(16777215, 70))

        self.form.addWidget(self.culture, 20, 1, 1, 1)

        self.cultureError = QLabel(self.formPage)
        self.cultureError.setObjectName(u"cultureError")
        self.cultureError.setWordWrap(True)

        self.form.addWidget(self.cultureError, 21, 1, 1, 1)

        self.languageLabel = QLabel(self.formPage)
        self.languageLabel.setObjectName(u"languageLabel")

        self.form.addWidget(self.languageLabel, 22, 0, 1, 1)

        self.language = QLineEdit(self.formPage)
        self.language.setObjectName(u"language")

        self.form.addWidget(self.language, 22, 1, 1, 1)

        self.languageError = QLabel(self.formPage)
        self.languageError.setObjectName(u"languageError")
        self.languageError.setWordWrap(True)

        self.form.addWidget(self.languageError, 23, 1, 1, 1)

        self.faithLabel = QLabel(self.formPage)
        self.faithLabel.setObjectName(u"faithLabel")

        self.form.addWidget(self.faithLabel, 24, 0, 1, 1)

        self.faith = QPlainTextEdit(self.formPage)
        self.faith.setObjectName(u"faith")
        self.faith.setTabChangesFocus(True)
        self.faith.setMaximumSize(QSize(16777215, 70))

        self.form.addWidget(self.faith, 24, 1, 1, 1)

        self.faithError = QLabel(self.formPage)
        self.faithError.setObjectName(u"faithError")
        self.faithError.setWordWrap(True)

        self.form.addWidget(self.faithError, 25, 1, 1, 1)

        self.openedOnLabel = QLabel(self.formPage)
        self.openedOnLabel.setObjectName(u"openedOnLabel")

        self.form.addWidget(self.openedOnLabel, 26, 0, 1, 1)

        self.openedOn = QLineEdit(self.formPage)
        self.openedOn.setObjectName(u"openedOn")

        self.form.addWidget(self.openedOn, 26, 1, 1, 1)

        self.openedOnError = QLabel(self.formPage)
        self.openedOnError.setObjectName(u"openedOnError")
        self.openedOnError.setWordWrap(True)

        self.form.addWidget(self.openedOnError, 27, 1, 1, 1)

        self.nextReviewOnLabel = QLabel(self.formPage)
        self.nextReviewOnLabel.setObjectName(u"nextReviewOnLabel")

        self.form.addWidget(self.nextReviewOnLabel, 28, 0, 1, 1)

        self.nextReviewOn = QLineEdit(self.formPage)
        self.nextReviewOn.setObjectName(u"nextReviewOn")

        self.form.addWidget(self.nextReviewOn, 28, 1, 1, 1)

        self.nextReviewOnError = QLabel(self.formPage)
        self.nextReviewOnError.setObjectName(u"nextReviewOnError")
        self.nextReviewOnError.setWordWrap(True)

        self.form.addWidget(self.nextReviewOnError, 29, 1, 1, 1)

        self.scroll.setWidget(self.formPage)

        self.outerLayout.addWidget(self.scroll)

        self.buttons = QDialogButtonBox(PersonDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Save)

        self.outerLayout.addWidget(self.buttons)

#if QT_CONFIG(shortcut)
        self.givenNameLabel.setBuddy(self.givenName)
        self.familyNameLabel.setBuddy(self.familyName)
        self.preferredNameLabel.setBuddy(self.preferredName)
        self.pronounsLabel.setBuddy(self.pronouns)
        self.dateOfBirthLabel.setBuddy(self.dateOfBirth)
        self.nhsNumberLabel.setBuddy(self.nhsNumber)
        self.careCoordinatorLabel.setBuddy(self.careCoordinator)
        self.addressLabel.setBuddy(self.address)
        self.phoneLabel.setBuddy(self.phone)
        self.emailLabel.setBuddy(self.email)
        self.cultureLabel.setBuddy(self.culture)
        self.languageLabel.setBuddy(self.language)
        self.faithLabel.setBuddy(self.faith)
        self.openedOnLabel.setBuddy(self.openedOn)
        self.nextReviewOnLabel.setBuddy(self.nextReviewOn)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(PersonDialog)

        QMetaObject.connectSlotsByName(PersonDialog)
    # setupUi

    def retranslateUi(self, PersonDialog):
        PersonDialog.setWindowTitle(QCoreApplication.translate("PersonDialog", u"Person's details", None))
        self.intro.setText(QCoreApplication.translate("PersonDialog", u"Fill this in with the person. Only given and family names are needed to start; everything else can wait.", None))
        self.formError.setText("")
#if QT_CONFIG(accessibility)
        self.formError.setAccessibleName(QCoreApplication.translate("PersonDialog", u"Problem saving", None))
#endif // QT_CONFIG(accessibility)
        self.givenNameLabel.setText(QCoreApplication.translate("PersonDialog", u"Given name", None))
#if QT_CONFIG(accessibility)
        self.givenName.setAccessibleName(QCoreApplication.translate("PersonDialog", u"Given name", None))
#endif // QT_CONFIG(accessibility)
        self.givenNameError.setText("")
#if QT_CONFIG(accessibility)
        self.givenNameError.setAccessibleName(QCoreApplication.translate("PersonDialog", u"Given name problem", None))
#endif // QT_CONFIG(accessibility)
        self.familyNameLabel.setText(QCoreApplication.translate("PersonDialog", u"Family name", None))
#if QT_CONFIG(accessibility)
        self.familyName.setAccessibleName(QCoreApplication.translate("PersonDialog", u"Family name", None))
#endif // QT_CONFIG(accessibility)
        self.familyNameError.setText("")
#if QT_CONFIG(accessibility)
        self.familyNameError.setAccessibleName(QCoreApplication.translate("PersonDialog", u"Family name problem", None))
#endif // QT_CONFIG(accessibility)
        self.preferredNameLabel.setText(QCoreApplication.translate("PersonDialog", u"Preferred name", None))
#if QT_CONFIG(accessibility)
        self.preferredName.setAccessibleName(QCoreApplication.translate("PersonDialog", u"Preferred name", None))
#endif // QT_CONFIG(accessibility)
        self.preferredName.setPlaceholderText(QCoreApplication.translate("PersonDialog", u"What they like to be called", None))
        self.preferredNameError.setText("")
#if QT_CONFIG(accessibility)
        self.preferredNameError.setAccessibleName(QCoreApplication.translate("PersonDialog", u"Preferred name problem", None))
#endif // QT_CONFIG(accessibility)
        self.pronounsLabel.setText(QCoreApplication.translate("PersonDialog", u"Pronouns", None))
#if QT_CONFIG(accessibility)
        self.pronouns.setAccessibleName(QCoreApplication.translate("PersonDialog", u"Pronouns", None))
#endif // QT_CONFIG(accessibility)
        self.pronounsError.setText("")
#if QT_CONFIG(accessibility)
        self.pronounsError.setAccessibleName(QCoreApplication.translate("PersonDialog", u"Pronouns problem", None))
#endif // QT_CONFIG(accessibility)
        self.dateOfBirthLabel.setText(QCoreApplication.translate("PersonDialog", u"Date of birth", None))
#if QT_CONFIG(accessibility)
        self.dateOfBirth.setAccessibleName(QCoreApplication.translate("PersonDialog", u"Date of birth", None))
#endif // QT_CONFIG(accessibility)
        self.dateOfBirth.setPlaceholderText(QCoreApplication.translate("PersonDialog", u"dd/mm/yyyy", None))
        self.dateOfBirthError.setText("")
#if QT_CONFIG(accessibility)
        self.dateOfBirthError.setAccessibleName(QCoreApplication.translate("PersonDialog", u"Date of birth problem", None))
#endif // QT_CONFIG(accessibility)
        self.nhsNumberLabel.setText(QCoreApplication.translate("PersonDialog", u"NHS number", None))
#if QT_CONFIG(accessibility)
        self.nhsNumber.setAccessibleName(QCoreApplication.translate("PersonDialog", u"NHS number", None))
#endif // QT_CONFIG(accessibility)
        self.nhsNumber.setPlaceholderText(QCoreApplication.translate("PersonDialog", u"e.g. 943 476 5919 (optional)", None))
        self.nhsNumberError.setText("")
#if QT_CONFIG(accessibility)
        self.nhsNumberError.setAccessibleName(QCoreApplication.translate("PersonDialog", u"NHS number problem", None))
#endif // QT_CONFIG(accessibility)
        self.careCoordinatorLabel.setText(QCoreApplication.translate("PersonDialog", u"Care coordinator", None))
#if QT_CONFIG(accessibility)
        self.careCoordinator.setAccessibleName(QCoreApplication.translate("PersonDialog", u"Care coordinator", None))
#endif // QT_CONFIG(accessibility)
        self.careCoordinatorError.setText("")
#if QT_CONFIG(accessibility)
        self.careCoordinatorError.setAccessibleName(QCoreApplication.translate("PersonDialog", u"Care coordinator problem", None))
#endif // QT_CONFIG(accessibility)
        self.addressLabel.setText(QCoreApplication.translate("PersonDialog", u"Address", None))
#if QT_CONFIG(accessibility)
        self.address.setAccessibleName(QCoreApplication.translate("PersonDialog", u"Address", None))
#endif // QT_CONFIG(accessibility)
        self.addressError.setText("")
#if QT_CONFIG(accessibility)
        self.addressError.setAccessibleName(QCoreApplication.translate("PersonDialog", u"Address problem", None))
#endif // QT_CONFIG(accessibility)
        self.phoneLabel.setText(QCoreApplication.translate("PersonDialog", u"Phone", None))
#if QT_CONFIG(accessibility)
        self.phone.setAccessibleName(QCoreApplication.translate("PersonDialog", u"Phone", None))
#endif // QT_CONFIG(accessibility)
        self.phoneError.setText("")
#if QT_CONFIG(accessibility)
        self.phoneError.setAccessibleName(QCoreApplication.translate("PersonDialog", u"Phone problem", None))
#endif // QT_CONFIG(accessibility)
        self.emailLabel.setText(QCoreApplication.translate("PersonDialog", u"Email", None))
#if QT_CONFIG(accessibility)
        self.email.setAccessibleName(QCoreApplication.translate("PersonDialog", u"Email", None))
#endif // QT_CONFIG(accessibility)
        self.emailError.setText("")
#if QT_CONFIG(accessibility)
        self.emailError.setAccessibleName(QCoreApplication.translate("PersonDialog", u"Email problem", None))
#endif // QT_CONFIG(accessibility)
        self.cultureLabel.setText(QCoreApplication.translate("PersonDialog", u"Culture, in their words", None))
#if QT_CONFIG(accessibility)
        self.culture.setAccessibleName(QCoreApplication.translate("PersonDialog", u"Culture, in their words", None))
#endif // QT_CONFIG(accessibility)
        self.culture.setPlaceholderText(QCoreApplication.translate("PersonDialog", u"Only what they want recorded", None))
        self.cultureError.setText("")
#if QT_CONFIG(accessibility)
        self.cultureError.setAccessibleName(QCoreApplication.translate("PersonDialog", u"Culture, in their words problem", None))
#endif // QT_CONFIG(accessibility)
        self.languageLabel.setText(QCoreApplication.translate("PersonDialog", u"Language", None))
#if QT_CONFIG(accessibility)
        self.language.setAccessibleName(QCoreApplication.translate("PersonDialog", u"Language", None))
#endif // QT_CONFIG(accessibility)
        self.languageError.setText("")
#if QT_CONFIG(accessibility)
        self.languageError.setAccessibleName(QCoreApplication.translate("PersonDialog", u"Language problem", None))
#endif // QT_CONFIG(accessibility)
        self.faithLabel.setText(QCoreApplication.translate("PersonDialog", u"Faith or spirituality, in their words", None))
#if QT_CONFIG(accessibility)
        self.faith.setAccessibleName(QCoreApplication.translate("PersonDialog", u"Faith or spirituality, in their words", None))
#endif // QT_CONFIG(accessibility)
        self.faith.setPlaceholderText(QCoreApplication.translate("PersonDialog", u"Only what they want recorded", None))
        self.faithError.setText("")
#if QT_CONFIG(accessibility)
        self.faithError.setAccessibleName(QCoreApplication.translate("PersonDialog", u"Faith or spirituality, in their words problem", None))
#endif // QT_CONFIG(accessibility)
        self.openedOnLabel.setText(QCoreApplication.translate("PersonDialog", u"Date opened", None))
#if QT_CONFIG(accessibility)
        self.openedOn.setAccessibleName(QCoreApplication.translate("PersonDialog", u"Date opened", None))
#endif // QT_CONFIG(accessibility)
        self.openedOn.setPlaceholderText(QCoreApplication.translate("PersonDialog", u"dd/mm/yyyy", None))
        self.openedOnError.setText("")
#if QT_CONFIG(accessibility)
        self.openedOnError.setAccessibleName(QCoreApplication.translate("PersonDialog", u"Date opened problem", None))
#endif // QT_CONFIG(accessibility)
        self.nextReviewOnLabel.setText(QCoreApplication.translate("PersonDialog", u"Next review", None))
#if QT_CONFIG(accessibility)
        self.nextReviewOn.setAccessibleName(QCoreApplication.translate("PersonDialog", u"Next review", None))
#endif // QT_CONFIG(accessibility)
        self.nextReviewOn.setPlaceholderText(QCoreApplication.translate("PersonDialog", u"dd/mm/yyyy", None))
        self.nextReviewOnError.setText("")
#if QT_CONFIG(accessibility)
        self.nextReviewOnError.setAccessibleName(QCoreApplication.translate("PersonDialog", u"Next review problem", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi
