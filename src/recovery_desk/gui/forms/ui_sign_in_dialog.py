# Generated from ui/sign_in_dialog.ui by pyside6-uic. Do not edit: edit the .ui and recompile.

from PySide6.QtCore import QCoreApplication, QMetaObject
from PySide6.QtWidgets import QDialogButtonBox, QGridLayout, QLabel, QLineEdit, QSizePolicy, QSpacerItem, QVBoxLayout

class Ui_SignInDialog(object):
    def setupUi(self, SignInDialog):
        if not SignInDialog.objectName():
            SignInDialog.setObjectName(u"SignInDialog")
        SignInDialog.resize(440, 250)
        self.outerLayout = QVBoxLayout(SignInDialog)
        self.outerLayout.setObjectName(u"outerLayout")
        self.intro = QLabel(SignInDialog)
        self.intro.setObjectName(u"intro")
        self.intro.setWordWrap(True)

        self.outerLayout.addWidget(self.intro)

        self.formError = QLabel(SignInDialog)
        self.formError.setObjectName(u"formError")
        self.formError.setWordWrap(True)

        self.outerLayout.addWidget(self.formError)

        self.form = QGridLayout()
        self.form.setObjectName(u"form")
        self.form.setHorizontalSpacing(12)
        self.form.setVerticalSpacing(2)
        self.usernameLabel = QLabel(SignInDialog)
        self.usernameLabel.setObjectName(u"usernameLabel")

        self.form.addWidget(self.usernameLabel, 0, 0, 1, 1)

        self.username = QLineEdit(SignInDialog)
        self.username.setObjectName(u"username")

        self.form.addWidget(self.username, 0, 1, 1, 1)

        self.usernameError = QLabel(SignInDialog)
        self.usernameError.setObjectName(u"usernameError")
        self.usernameError.setWordWrap(True)

        self.form.addWidget(self.usernameError, 1, 1, 1, 1)

        self.secretLabel = QLabel(SignInDialog)
        self.secretLabel.setObjectName(u"secretLabel")

        self.form.addWidget(self.secretLabel, 2, 0, 1, 1)

        self.secret = QLineEdit(SignInDialog)
        self.secret.setObjectName(u"secret")
        self.secret.setEchoMode(QLineEdit.Password)

        self.form.addWidget(self.secret, 2, 1, 1, 1)

        self.secretError = QLabel(SignInDialog)
        self.secretError.setObjectName(u"secretError")
        self.secretError.setWordWrap(True)

        self.form.addWidget(self.secretError, 3, 1, 1, 1)


        self.outerLayout.addLayout(self.form)

        self.spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.outerLayout.addItem(self.spacer)

        self.buttons = QDialogButtonBox(SignInDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Ok)

        self.outerLayout.addWidget(self.buttons)

#if QT_CONFIG(shortcut)
        self.usernameLabel.setBuddy(self.username)
        self.secretLabel.setBuddy(self.secret)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(SignInDialog)

        QMetaObject.connectSlotsByName(SignInDialog)
    # setupUi

    def retranslateUi(self, SignInDialog):
        SignInDialog.setWindowTitle(QCoreApplication.translate("SignInDialog", u"Sign in to Recovery Desk", None))
        self.intro.setText(QCoreApplication.translate("SignInDialog", u"Sign in with your own account: everything you open or change is recorded under your name.", None))
        self.formError.setText("")
#if QT_CONFIG(accessibility)
        self.formError.setAccessibleName(QCoreApplication.translate("SignInDialog", u"Problem saving", None))
#endif // QT_CONFIG(accessibility)
        self.usernameLabel.setText(QCoreApplication.translate("SignInDialog", u"Username", None))
#if QT_CONFIG(accessibility)
        self.username.setAccessibleName(QCoreApplication.translate("SignInDialog", u"Username", None))
#endif // QT_CONFIG(accessibility)
        self.usernameError.setText("")
#if QT_CONFIG(accessibility)
        self.usernameError.setAccessibleName(QCoreApplication.translate("SignInDialog", u"Username problem", None))
#endif // QT_CONFIG(accessibility)
        self.secretLabel.setText(QCoreApplication.translate("SignInDialog", u"Password", None))
#if QT_CONFIG(accessibility)
        self.secret.setAccessibleName(QCoreApplication.translate("SignInDialog", u"Password", None))
#endif // QT_CONFIG(accessibility)
        self.secretError.setText("")
#if QT_CONFIG(accessibility)
        self.secretError.setAccessibleName(QCoreApplication.translate("SignInDialog", u"Password problem", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi
