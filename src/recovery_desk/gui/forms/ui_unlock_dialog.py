# Generated from ui/unlock_dialog.ui by pyside6-uic. Do not edit: edit the .ui and recompile.

from PySide6.QtCore import QCoreApplication, QMetaObject
from PySide6.QtWidgets import QDialogButtonBox, QGridLayout, QLabel, QLineEdit, QSizePolicy, QSpacerItem, QVBoxLayout

class Ui_UnlockDialog(object):
    def setupUi(self, UnlockDialog):
        if not UnlockDialog.objectName():
            UnlockDialog.setObjectName(u"UnlockDialog")
        UnlockDialog.resize(480, 300)
        self.outerLayout = QVBoxLayout(UnlockDialog)
        self.outerLayout.setObjectName(u"outerLayout")
        self.formError = QLabel(UnlockDialog)
        self.formError.setObjectName(u"formError")
        self.formError.setWordWrap(True)

        self.outerLayout.addWidget(self.formError)

        self.form = QGridLayout()
        self.form.setObjectName(u"form")
        self.form.setHorizontalSpacing(12)
        self.form.setVerticalSpacing(2)
        self.secretLabel = QLabel(UnlockDialog)
        self.secretLabel.setObjectName(u"secretLabel")

        self.form.addWidget(self.secretLabel, 0, 0, 1, 1)

        self.secret = QLineEdit(UnlockDialog)
        self.secret.setObjectName(u"secret")
        self.secret.setEchoMode(QLineEdit.Password)

        self.form.addWidget(self.secret, 0, 1, 1, 1)

        self.secretError = QLabel(UnlockDialog)
        self.secretError.setObjectName(u"secretError")
        self.secretError.setWordWrap(True)

        self.form.addWidget(self.secretError, 1, 1, 1, 1)

        self.secretAgainLabel = QLabel(UnlockDialog)
        self.secretAgainLabel.setObjectName(u"secretAgainLabel")

        self.form.addWidget(self.secretAgainLabel, 2, 0, 1, 1)

        self.secretAgain = QLineEdit(UnlockDialog)
        self.secretAgain.setObjectName(u"secretAgain")
        self.secretAgain.setEchoMode(QLineEdit.Password)

        self.form.addWidget(self.secretAgain, 2, 1, 1, 1)

        self.secretAgainError = QLabel(UnlockDialog)
        self.secretAgainError.setObjectName(u"secretAgainError")
        self.secretAgainError.setWordWrap(True)

        self.form.addWidget(self.secretAgainError, 3, 1, 1, 1)


        self.outerLayout.addLayout(self.form)

        self.spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.outerLayout.addItem(self.spacer)

        self.buttons = QDialogButtonBox(UnlockDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Ok)

        self.outerLayout.addWidget(self.buttons)

#if QT_CONFIG(shortcut)
        self.secretLabel.setBuddy(self.secret)
        self.secretAgainLabel.setBuddy(self.secretAgain)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(UnlockDialog)

        QMetaObject.connectSlotsByName(UnlockDialog)
    # setupUi

    def retranslateUi(self, UnlockDialog):
        UnlockDialog.setWindowTitle(QCoreApplication.translate("UnlockDialog", u"Unlock the database", None))
        self.formError.setText("")
#if QT_CONFIG(accessibility)
        self.formError.setAccessibleName(QCoreApplication.translate("UnlockDialog", u"Problem saving", None))
#endif // QT_CONFIG(accessibility)
        self.secretLabel.setText(QCoreApplication.translate("UnlockDialog", u"Passphrase", None))
#if QT_CONFIG(accessibility)
        self.secret.setAccessibleName(QCoreApplication.translate("UnlockDialog", u"Passphrase", None))
#endif // QT_CONFIG(accessibility)
        self.secretError.setText("")
#if QT_CONFIG(accessibility)
        self.secretError.setAccessibleName(QCoreApplication.translate("UnlockDialog", u"Passphrase problem", None))
#endif // QT_CONFIG(accessibility)
        self.secretAgainLabel.setText(QCoreApplication.translate("UnlockDialog", u"Passphrase again", None))
#if QT_CONFIG(accessibility)
        self.secretAgain.setAccessibleName(QCoreApplication.translate("UnlockDialog", u"Passphrase again", None))
#endif // QT_CONFIG(accessibility)
        self.secretAgainError.setText("")
#if QT_CONFIG(accessibility)
        self.secretAgainError.setAccessibleName(QCoreApplication.translate("UnlockDialog", u"Passphrase again problem", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi
