# Generated from ui/staff_dialog.ui by pyside6-uic. Do not edit: edit the .ui and recompile.

from PySide6.QtCore import QCoreApplication, QMetaObject
from PySide6.QtWidgets import QCheckBox, QComboBox, QDialogButtonBox, QGridLayout, QLabel, QLineEdit, QSizePolicy, QSpacerItem, QVBoxLayout

class Ui_StaffDialog(object):
    def setupUi(self, StaffDialog):
        if not StaffDialog.objectName():
            StaffDialog.setObjectName(u"StaffDialog")
        StaffDialog.resize(520, 480)
        self.outerLayout = QVBoxLayout(StaffDialog)
        self.outerLayout.setObjectName(u"outerLayout")
        self.intro = QLabel(StaffDialog)
        self.intro.setObjectName(u"intro")
        self.intro.setWordWrap(True)

        self.outerLayout.addWidget(self.intro)

        self.formError = QLabel(StaffDialog)
        self.formError.setObjectName(u"formError")
        self.formError.setWordWrap(True)

        self.outerLayout.addWidget(self.formError)

        self.form = QGridLayout()
        self.form.setObjectName(u"form")
        self.form.setHorizontalSpacing(12)
        self.form.setVerticalSpacing(2)
        self.displayNameLabel = QLabel(StaffDialog)
        self.displayNameLabel.setObjectName(u"displayNameLabel")

        self.form.addWidget(self.displayNameLabel, 0, 0, 1, 1)

        self.displayName = QLineEdit(StaffDialog)
        self.displayName.setObjectName(u"displayName")

        self.form.addWidget(self.displayName, 0, 1, 1, 1)

        self.displayNameError = QLabel(StaffDialog)
        self.displayNameError.setObjectName(u"displayNameError")
        self.displayNameError.setWordWrap(True)

        self.form.addWidget(self.displayNameError, 1, 1, 1, 1)

        self.initialsLabel = QLabel(StaffDialog)
        self.initialsLabel.setObjectName(u"initialsLabel")

        self.form.addWidget(self.initialsLabel, 2, 0, 1, 1)

        self.initials = QLineEdit(StaffDialog)
        self.initials.setObjectName(u"initials")

        self.form.addWidget(self.initials, 2, 1, 1, 1)

        self.initialsError = QLabel(StaffDialog)
        self.initialsError.setObjectName(u"initialsError")
        self.initialsError.setWordWrap(True)

        self.form.addWidget(self.initialsError, 3, 1, 1, 1)

        self.usernameLabel = QLabel(StaffDialog)
        self.usernameLabel.setObjectName(u"usernameLabel")

        self.form.addWidget(self.usernameLabel, 4, 0, 1, 1)

        self.username = QLineEdit(StaffDialog)
        self.username.setObjectName(u"username")

        self.form.addWidget(self.username, 4, 1, 1, 1)

        self.usernameError = QLabel(StaffDialog)
        self.usernameError.setObjectName(u"usernameError")
        self.usernameError.setWordWrap(True)

        self.form.addWidget(self.usernameError, 5, 1, 1, 1)

        self.roleLabel = QLabel(StaffDialog)
        self.roleLabel.setObjectName(u"roleLabel")

        self.form.addWidget(self.roleLabel, 6, 0, 1, 1)

        self.role = QComboBox(StaffDialog)
        self.role.setObjectName(u"role")

        self.form.addWidget(self.role, 6, 1, 1, 1)

        self.roleError = QLabel(StaffDialog)
        self.roleError.setObjectName(u"roleError")
        self.roleError.setWordWrap(True)

        self.form.addWidget(self.roleError, 7, 1, 1, 1)

        self.jobTitleLabel = QLabel(StaffDialog)
        self.jobTitleLabel.setObjectName(u"jobTitleLabel")

        self.form.addWidget(self.jobTitleLabel, 8, 0, 1, 1)

        self.jobTitle = QLineEdit(StaffDialog)
        self.jobTitle.setObjectName(u"jobTitle")

        self.form.addWidget(self.jobTitle, 8, 1, 1, 1)

        self.jobTitleError = QLabel(StaffDialog)
        self.jobTitleError.setObjectName(u"jobTitleError")
        self.jobTitleError.setWordWrap(True)

        self.form.addWidget(self.jobTitleError, 9, 1, 1, 1)

        self.active = QCheckBox(StaffDialog)
        self.active.setObjectName(u"active")

        self.form.addWidget(self.active, 10, 1, 1, 1)

        self.secretLabel = QLabel(StaffDialog)
        self.secretLabel.setObjectName(u"secretLabel")

        self.form.addWidget(self.secretLabel, 11, 0, 1, 1)

        self.secret = QLineEdit(StaffDialog)
        self.secret.setObjectName(u"secret")
        self.secret.setEchoMode(QLineEdit.Password)

        self.form.addWidget(self.secret, 11, 1, 1, 1)

        self.secretError = QLabel(StaffDialog)
        self.secretError.setObjectName(u"secretError")
        self.secretError.setWordWrap(True)

        self.form.addWidget(self.secretError, 12, 1, 1, 1)

        self.secretAgainLabel = QLabel(StaffDialog)
        self.secretAgainLabel.setObjectName(u"secretAgainLabel")

        self.form.addWidget(self.secretAgainLabel, 13, 0, 1, 1)

        self.secretAgain = QLineEdit(StaffDialog)
        self.secretAgain.setObjectName(u"secretAgain")
        self.secretAgain.setEchoMode(QLineEdit.Password)

        self.form.addWidget(self.secretAgain, 13, 1, 1, 1)

        self.secretAgainError = QLabel(StaffDialog)
        self.secretAgainError.setObjectName(u"secretAgainError")
        self.secretAgainError.setWordWrap(True)

        self.form.addWidget(self.secretAgainError, 14, 1, 1, 1)


        self.outerLayout.addLayout(self.form)

        self.spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.outerLayout.addItem(self.spacer)

        self.buttons = QDialogButtonBox(StaffDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Save)

        self.outerLayout.addWidget(self.buttons)

#if QT_CONFIG(shortcut)
        self.displayNameLabel.setBuddy(self.displayName)
        self.initialsLabel.setBuddy(self.initials)
        self.usernameLabel.setBuddy(self.username)
        self.roleLabel.setBuddy(self.role)
        self.jobTitleLabel.setBuddy(self.jobTitle)
        self.secretLabel.setBuddy(self.secret)
        self.secretAgainLabel.setBuddy(self.secretAgain)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(StaffDialog)

        QMetaObject.connectSlotsByName(StaffDialog)
    # setupUi

    def retranslateUi(self, StaffDialog):
        StaffDialog.setWindowTitle(QCoreApplication.translate("StaffDialog", u"Staff account", None))
        self.intro.setText(QCoreApplication.translate("StaffDialog", u"Staff are never deleted: deactivate an account instead, so their name stays on what they wrote.", None))
        self.formError.setText("")
#if QT_CONFIG(accessibility)
        self.formError.setAccessibleName(QCoreApplication.translate("StaffDialog", u"Problem saving", None))
#endif // QT_CONFIG(accessibility)
        self.displayNameLabel.setText(QCoreApplication.translate("StaffDialog", u"Name shown on records", None))
#if QT_CONFIG(accessibility)
        self.displayName.setAccessibleName(QCoreApplication.translate("StaffDialog", u"Name shown on records", None))
#endif // QT_CONFIG(accessibility)
        self.displayNameError.setText("")
#if QT_CONFIG(accessibility)
        self.displayNameError.setAccessibleName(QCoreApplication.translate("StaffDialog", u"Name shown on records problem", None))
#endif // QT_CONFIG(accessibility)
        self.initialsLabel.setText(QCoreApplication.translate("StaffDialog", u"Initials", None))
#if QT_CONFIG(accessibility)
        self.initials.setAccessibleName(QCoreApplication.translate("StaffDialog", u"Initials", None))
#endif // QT_CONFIG(accessibility)
        self.initialsError.setText("")
#if QT_CONFIG(accessibility)
        self.initialsError.setAccessibleName(QCoreApplication.translate("StaffDialog", u"Initials problem", None))
#endif // QT_CONFIG(accessibility)
        self.usernameLabel.setText(QCoreApplication.translate("StaffDialog", u"Username", None))
#if QT_CONFIG(accessibility)
        self.username.setAccessibleName(QCoreApplication.translate("StaffDialog", u"Username", None))
#endif // QT_CONFIG(accessibility)
        self.usernameError.setText("")
#if QT_CONFIG(accessibility)
        self.usernameError.setAccessibleName(QCoreApplication.translate("StaffDialog", u"Username problem", None))
#endif // QT_CONFIG(accessibility)
        self.roleLabel.setText(QCoreApplication.translate("StaffDialog", u"Role", None))
#if QT_CONFIG(accessibility)
        self.role.setAccessibleName(QCoreApplication.translate("StaffDialog", u"Role", None))
#endif // QT_CONFIG(accessibility)
        self.roleError.setText("")
#if QT_CONFIG(accessibility)
        self.roleError.setAccessibleName(QCoreApplication.translate("StaffDialog", u"Role problem", None))
#endif // QT_CONFIG(accessibility)
        self.jobTitleLabel.setText(QCoreApplication.translate("StaffDialog", u"Job title", None))
#if QT_CONFIG(accessibility)
        self.jobTitle.setAccessibleName(QCoreApplication.translate("StaffDialog", u"Job title", None))
#endif // QT_CONFIG(accessibility)
        self.jobTitle.setPlaceholderText(QCoreApplication.translate("StaffDialog", u"e.g. Community mental health nurse", None))
        self.jobTitleError.setText("")
#if QT_CONFIG(accessibility)
        self.jobTitleError.setAccessibleName(QCoreApplication.translate("StaffDialog", u"Job title problem", None))
#endif // QT_CONFIG(accessibility)
        self.active.setText(QCoreApplication.translate("StaffDialog", u"Account is active", None))
#if QT_CONFIG(accessibility)
        self.active.setAccessibleName(QCoreApplication.translate("StaffDialog", u"Account is active", None))
#endif // QT_CONFIG(accessibility)
        self.secretLabel.setText(QCoreApplication.translate("StaffDialog", u"New password", None))
#if QT_CONFIG(accessibility)
        self.secret.setAccessibleName(QCoreApplication.translate("StaffDialog", u"New password", None))
#endif // QT_CONFIG(accessibility)
        self.secret.setPlaceholderText(QCoreApplication.translate("StaffDialog", u"Leave blank to keep the current one", None))
        self.secretError.setText("")
#if QT_CONFIG(accessibility)
        self.secretError.setAccessibleName(QCoreApplication.translate("StaffDialog", u"New password problem", None))
#endif // QT_CONFIG(accessibility)
        self.secretAgainLabel.setText(QCoreApplication.translate("StaffDialog", u"New password again", None))
#if QT_CONFIG(accessibility)
        self.secretAgain.setAccessibleName(QCoreApplication.translate("StaffDialog", u"New password again", None))
#endif // QT_CONFIG(accessibility)
        self.secretAgainError.setText("")
#if QT_CONFIG(accessibility)
        self.secretAgainError.setAccessibleName(QCoreApplication.translate("StaffDialog", u"New password again problem", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi
