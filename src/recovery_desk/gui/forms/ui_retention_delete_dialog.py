# Generated from ui/retention_delete_dialog.ui by pyside6-uic. Do not edit: edit the .ui and recompile.

from PySide6.QtCore import QCoreApplication, QMetaObject
from PySide6.QtWidgets import QDialogButtonBox, QGridLayout, QLabel, QLineEdit, QSizePolicy, QSpacerItem, QVBoxLayout

class Ui_RetentionDeleteDialog(object):
    def setupUi(self, RetentionDeleteDialog):
        if not RetentionDeleteDialog.objectName():
            RetentionDeleteDialog.setObjectName(u"RetentionDeleteDialog")
        RetentionDeleteDialog.resize(560, 380)
        self.outerLayout = QVBoxLayout(RetentionDeleteDialog)
        self.outerLayout.setObjectName(u"outerLayout")
        self.intro = QLabel(RetentionDeleteDialog)
        self.intro.setObjectName(u"intro")
        self.intro.setWordWrap(True)

        self.outerLayout.addWidget(self.intro)

        self.formError = QLabel(RetentionDeleteDialog)
        self.formError.setObjectName(u"formError")
        self.formError.setWordWrap(True)

        self.outerLayout.addWidget(self.formError)

        self.form = QGridLayout()
        self.form.setObjectName(u"form")
        self.form.setHorizontalSpacing(12)
        self.form.setVerticalSpacing(2)
        self.secondUsernameLabel = QLabel(RetentionDeleteDialog)
        self.secondUsernameLabel.setObjectName(u"secondUsernameLabel")

        self.form.addWidget(self.secondUsernameLabel, 0, 0, 1, 1)

        self.secondUsername = QLineEdit(RetentionDeleteDialog)
        self.secondUsername.setObjectName(u"secondUsername")

        self.form.addWidget(self.secondUsername, 0, 1, 1, 1)

        self.secondUsernameError = QLabel(RetentionDeleteDialog)
        self.secondUsernameError.setObjectName(u"secondUsernameError")
        self.secondUsernameError.setWordWrap(True)

        self.form.addWidget(self.secondUsernameError, 1, 1, 1, 1)

        self.secondSecretLabel = QLabel(RetentionDeleteDialog)
        self.secondSecretLabel.setObjectName(u"secondSecretLabel")

        self.form.addWidget(self.secondSecretLabel, 2, 0, 1, 1)

        self.secondSecret = QLineEdit(RetentionDeleteDialog)
        self.secondSecret.setObjectName(u"secondSecret")
        self.secondSecret.setEchoMode(QLineEdit.Password)

        self.form.addWidget(self.secondSecret, 2, 1, 1, 1)

        self.secondSecretError = QLabel(RetentionDeleteDialog)
        self.secondSecretError.setObjectName(u"secondSecretError")
        self.secondSecretError.setWordWrap(True)

        self.form.addWidget(self.secondSecretError, 3, 1, 1, 1)


        self.outerLayout.addLayout(self.form)

        self.spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.outerLayout.addItem(self.spacer)

        self.buttons = QDialogButtonBox(RetentionDeleteDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Ok)

        self.outerLayout.addWidget(self.buttons)

#if QT_CONFIG(shortcut)
        self.secondUsernameLabel.setBuddy(self.secondUsername)
        self.secondSecretLabel.setBuddy(self.secondSecret)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(RetentionDeleteDialog)

        QMetaObject.connectSlotsByName(RetentionDeleteDialog)
    # setupUi

    def retranslateUi(self, RetentionDeleteDialog):
        RetentionDeleteDialog.setWindowTitle(QCoreApplication.translate("RetentionDeleteDialog", u"Delete a record after its retention review", None))
        self.intro.setText(QCoreApplication.translate("RetentionDeleteDialog", u"This removes the record for good.", None))
        self.formError.setText("")
#if QT_CONFIG(accessibility)
        self.formError.setAccessibleName(QCoreApplication.translate("RetentionDeleteDialog", u"Problem saving", None))
#endif // QT_CONFIG(accessibility)
        self.secondUsernameLabel.setText(QCoreApplication.translate("RetentionDeleteDialog", u"Second member of staff: their username", None))
#if QT_CONFIG(accessibility)
        self.secondUsername.setAccessibleName(QCoreApplication.translate("RetentionDeleteDialog", u"Second member of staff: their username", None))
#endif // QT_CONFIG(accessibility)
        self.secondUsernameError.setText("")
#if QT_CONFIG(accessibility)
        self.secondUsernameError.setAccessibleName(QCoreApplication.translate("RetentionDeleteDialog", u"Second member of staff: their username problem", None))
#endif // QT_CONFIG(accessibility)
        self.secondSecretLabel.setText(QCoreApplication.translate("RetentionDeleteDialog", u"Their password", None))
#if QT_CONFIG(accessibility)
        self.secondSecret.setAccessibleName(QCoreApplication.translate("RetentionDeleteDialog", u"Their password", None))
#endif // QT_CONFIG(accessibility)
        self.secondSecretError.setText("")
#if QT_CONFIG(accessibility)
        self.secondSecretError.setAccessibleName(QCoreApplication.translate("RetentionDeleteDialog", u"Their password problem", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi
