# Generated from ui/setup_dialog.ui by pyside6-uic. Do not edit: edit the .ui and recompile.

from PySide6.QtCore import QCoreApplication, QMetaObject
from PySide6.QtWidgets import QComboBox, QDialogButtonBox, QGridLayout, QLabel, QLineEdit, QSizePolicy, QSpacerItem, QVBoxLayout

class Ui_SetupDialog(object):
    def setupUi(self, SetupDialog):
        if not SetupDialog.objectName():
            SetupDialog.setObjectName(u"SetupDialog")
        SetupDialog.resize(520, 520)
        self.outerLayout = QVBoxLayout(SetupDialog)
        self.outerLayout.setObjectName(u"outerLayout")
        self.intro = QLabel(SetupDialog)
        self.intro.setObjectName(u"intro")
        self.intro.setWordWrap(True)

        self.outerLayout.addWidget(self.intro)

        self.formError = QLabel(SetupDialog)
        self.formError.setObjectName(u"formError")
        self.formError.setWordWrap(True)

        self.outerLayout.addWidget(self.formError)

        self.form = QGridLayout()
        self.form.setObjectName(u"form")
        self.form.setHorizontalSpacing(12)
        self.form.setVerticalSpacing(2)
        self.teamNameLabel = QLabel(SetupDialog)
        self.teamNameLabel.setObjectName(u"teamNameLabel")

        self.form.addWidget(self.teamNameLabel, 0, 0, 1, 1)

        self.teamName = QLineEdit(SetupDialog)
        self.teamName.setObjectName(u"teamName")

        self.form.addWidget(self.teamName, 0, 1, 1, 1)

        self.teamNameError = QLabel(SetupDialog)
        self.teamNameError.setObjectName(u"teamNameError")
        self.teamNameError.setWordWrap(True)

        self.form.addWidget(self.teamNameError, 1, 1, 1, 1)

        self.serviceLabel = QLabel(SetupDialog)
        self.serviceLabel.setObjectName(u"serviceLabel")

        self.form.addWidget(self.serviceLabel, 2, 0, 1, 1)

        self.service = QLineEdit(SetupDialog)
        self.service.setObjectName(u"service")

        self.form.addWidget(self.service, 2, 1, 1, 1)

        self.serviceError = QLabel(SetupDialog)
        self.serviceError.setObjectName(u"serviceError")
        self.serviceError.setWordWrap(True)

        self.form.addWidget(self.serviceError, 3, 1, 1, 1)

        self.signInSecretLabel = QLabel(SetupDialog)
        self.signInSecretLabel.setObjectName(u"signInSecretLabel")

        self.form.addWidget(self.signInSecretLabel, 4, 0, 1, 1)

        self.signInSecret = QComboBox(SetupDialog)
        self.signInSecret.setObjectName(u"signInSecret")

        self.form.addWidget(self.signInSecret, 4, 1, 1, 1)

        self.signInSecretError = QLabel(SetupDialog)
        self.signInSecretError.setObjectName(u"signInSecretError")
        self.signInSecretError.setWordWrap(True)

        self.form.addWidget(self.signInSecretError, 5, 1, 1, 1)

        self.displayNameLabel = QLabel(SetupDialog)
        self.displayNameLabel.setObjectName(u"displayNameLabel")

        self.form.addWidget(self.displayNameLabel, 6, 0, 1, 1)

        self.displayName = QLineEdit(SetupDialog)
        self.displayName.setObjectName(u"displayName")

        self.form.addWidget(self.displayName, 6, 1, 1, 1)

        self.displayNameError = QLabel(SetupDialog)
        self.displayNameError.setObjectName(u"displayNameError")
        self.displayNameError.setWordWrap(True)

        self.form.addWidget(self.displayNameError, 7, 1, 1, 1)

        self.usernameLabel = QLabel(SetupDialog)
        self.usernameLabel.setObjectName(u"usernameLabel")

        self.form.addWidget(self.usernameLabel, 8, 0, 1, 1)

        self.username = QLineEdit(SetupDialog)
        self.username.setObjectName(u"username")

        self.form.addWidget(self.username, 8, 1, 1, 1)

        self.usernameError = QLabel(SetupDialog)
        self.usernameError.setObjectName(u"usernameError")
        self.usernameError.setWordWrap(True)

        self.form.addWidget(self.usernameError, 9, 1, 1, 1)

        self.secretLabel = QLabel(SetupDialog)
        self.secretLabel.setObjectName(u"secretLabel")

        self.form.addWidget(self.secretLabel, 10, 0, 1, 1)

        self.secret = QLineEdit(SetupDialog)
        self.secret.setObjectName(u"secret")
        self.secret.setEchoMode(QLineEdit.Password)

        self.form.addWidget(self.secret, 10, 1, 1, 1)

        self.secretError = QLabel(SetupDialog)
        self.secretError.setObjectName(u"secretError")
        self.secretError.setWordWrap(True)

        self.form.addWidget(self.secretError, 11, 1, 1, 1)

        self.secretAgainLabel = QLabel(SetupDialog)
        self.secretAgainLabel.setObjectName(u"secretAgainLabel")

        self.form.addWidget(self.secretAgainLabel, 12, 0, 1, 1)

        self.secretAgain = QLineEdit(SetupDialog)
        self.secretAgain.setObjectName(u"secretAgain")
        self.secretAgain.setEchoMode(QLineEdit.Password)

        self.form.addWidget(self.secretAgain, 12, 1, 1, 1)

        self.secretAgainError = QLabel(SetupDialog)
        self.secretAgainError.setObjectName(u"secretAgainError")
        self.secretAgainError.setWordWrap(True)

        self.form.addWidget(self.secretAgainError, 13, 1, 1, 1)


        self.outerLayout.addLayout(self.form)

        self.spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.outerLayout.addItem(self.spacer)

        self.buttons = QDialogButtonBox(SetupDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Ok)

        self.outerLayout.addWidget(self.buttons)

#if QT_CONFIG(shortcut)
        self.teamNameLabel.setBuddy(self.teamName)
        self.serviceLabel.setBuddy(self.service)
        self.signInSecretLabel.setBuddy(self.signInSecret)
        self.displayNameLabel.setBuddy(self.displayName)
        self.usernameLabel.setBuddy(self.username)
        self.secretLabel.setBuddy(self.secret)
        self.secretAgainLabel.setBuddy(self.secretAgain)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(SetupDialog)

        QMetaObject.connectSlotsByName(SetupDialog)
    # setupUi

    def retranslateUi(self, SetupDialog):
        SetupDialog.setWindowTitle(QCoreApplication.translate("SetupDialog", u"Set up Recovery Desk", None))
        self.intro.setText(QCoreApplication.translate("SetupDialog", u"Welcome. This computer has no Recovery Desk team yet. Tell us the team's name and create the first account: it will be an administrator, who can then add everyone else.", None))
        self.formError.setText("")
#if QT_CONFIG(accessibility)
        self.formError.setAccessibleName(QCoreApplication.translate("SetupDialog", u"Problem saving", None))
#endif // QT_CONFIG(accessibility)
        self.teamNameLabel.setText(QCoreApplication.translate("SetupDialog", u"Team name", None))
#if QT_CONFIG(accessibility)
        self.teamName.setAccessibleName(QCoreApplication.translate("SetupDialog", u"Team name", None))
#endif // QT_CONFIG(accessibility)
        self.teamName.setPlaceholderText(QCoreApplication.translate("SetupDialog", u"e.g. Riverside Community Mental Health Team", None))
        self.teamNameError.setText("")
#if QT_CONFIG(accessibility)
        self.teamNameError.setAccessibleName(QCoreApplication.translate("SetupDialog", u"Team name problem", None))
#endif // QT_CONFIG(accessibility)
        self.serviceLabel.setText(QCoreApplication.translate("SetupDialog", u"Service or trust", None))
#if QT_CONFIG(accessibility)
        self.service.setAccessibleName(QCoreApplication.translate("SetupDialog", u"Service or trust", None))
#endif // QT_CONFIG(accessibility)
        self.serviceError.setText("")
#if QT_CONFIG(accessibility)
        self.serviceError.setAccessibleName(QCoreApplication.translate("SetupDialog", u"Service or trust problem", None))
#endif // QT_CONFIG(accessibility)
        self.signInSecretLabel.setText(QCoreApplication.translate("SetupDialog", u"Staff sign in with", None))
#if QT_CONFIG(accessibility)
        self.signInSecret.setAccessibleName(QCoreApplication.translate("SetupDialog", u"Staff sign in with", None))
#endif // QT_CONFIG(accessibility)
        self.signInSecretError.setText("")
#if QT_CONFIG(accessibility)
        self.signInSecretError.setAccessibleName(QCoreApplication.translate("SetupDialog", u"Staff sign in with problem", None))
#endif // QT_CONFIG(accessibility)
        self.displayNameLabel.setText(QCoreApplication.translate("SetupDialog", u"Your name as shown on records", None))
#if QT_CONFIG(accessibility)
        self.displayName.setAccessibleName(QCoreApplication.translate("SetupDialog", u"Your name as shown on records", None))
#endif // QT_CONFIG(accessibility)
        self.displayNameError.setText("")
#if QT_CONFIG(accessibility)
        self.displayNameError.setAccessibleName(QCoreApplication.translate("SetupDialog", u"Your name as shown on records problem", None))
#endif // QT_CONFIG(accessibility)
        self.usernameLabel.setText(QCoreApplication.translate("SetupDialog", u"Your username", None))
#if QT_CONFIG(accessibility)
        self.username.setAccessibleName(QCoreApplication.translate("SetupDialog", u"Your username", None))
#endif // QT_CONFIG(accessibility)
        self.usernameError.setText("")
#if QT_CONFIG(accessibility)
        self.usernameError.setAccessibleName(QCoreApplication.translate("SetupDialog", u"Your username problem", None))
#endif // QT_CONFIG(accessibility)
        self.secretLabel.setText(QCoreApplication.translate("SetupDialog", u"Password", None))
#if QT_CONFIG(accessibility)
        self.secret.setAccessibleName(QCoreApplication.translate("SetupDialog", u"Password", None))
#endif // QT_CONFIG(accessibility)
        self.secretError.setText("")
#if QT_CONFIG(accessibility)
        self.secretError.setAccessibleName(QCoreApplication.translate("SetupDialog", u"Password problem", None))
#endif // QT_CONFIG(accessibility)
        self.secretAgainLabel.setText(QCoreApplication.translate("SetupDialog", u"Password again", None))
#if QT_CONFIG(accessibility)
        self.secretAgain.setAccessibleName(QCoreApplication.translate("SetupDialog", u"Password again", None))
#endif // QT_CONFIG(accessibility)
        self.secretAgainError.setText("")
#if QT_CONFIG(accessibility)
        self.secretAgainError.setAccessibleName(QCoreApplication.translate("SetupDialog", u"Password again problem", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi
