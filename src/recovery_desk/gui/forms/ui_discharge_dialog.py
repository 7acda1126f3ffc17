# Generated from ui/discharge_dialog.ui by pyside6-uic. Do not edit: edit the .ui and recompile.

from PySide6.QtCore import QCoreApplication, QMetaObject, QSize
from PySide6.QtWidgets import QDialogButtonBox, QGridLayout, QLabel, QLineEdit, QPlainTextEdit, QSizePolicy, QSpacerItem, QVBoxLayout

class Ui_DischargeDialog(object):
    def setupUi(self, DischargeDialog):
        if not DischargeDialog.objectName():
            DischargeDialog.setObjectName(u"DischargeDialog")
        DischargeDialog.resize(520, 340)
        self.outerLayout = QVBoxLayout(DischargeDialog)
        self.outerLayout.setObjectName(u"outerLayout")
        self.intro = QLabel(DischargeDialog)
        self.intro.setObjectName(u"intro")
        self.intro.setWordWrap(True)

        self.outerLayout.addWidget(self.intro)

        self.formError = QLabel(DischargeDialog)
        self.formError.setObjectName(u"formError")
        self.formError.setWordWrap(True)

        self.outerLayout.addWidget(self.formError)

        self.form = QGridLayout()
        self.form.setObjectName(u"form")
        self.form.setHorizontalSpacing(12)
        self.form.setVerticalSpacing(2)
        self.dischargedOnLabel = QLabel(DischargeDialog)
        self.dischargedOnLabel.setObjectName(u"dischargedOnLabel")

        self.form.addWidget(self.dischargedOnLabel, 0, 0, 1, 1)

        self.dischargedOn = QLineEdit(DischargeDialog)
        self.dischargedOn.setObjectName(u"dischargedOn")

        self.form.addWidget(self.dischargedOn, 0, 1, 1, 1)

        self.dischargedOnError = QLabel(DischargeDialog)
        self.dischargedOnError.setObjectName(u"dischargedOnError")
        self.dischargedOnError.setWordWrap(True)

        self.form.addWidget(self.dischargedOnError, 1, 1, 1, 1)

        self.dischargeReasonLabel = QLabel(DischargeDialog)
        self.dischargeReasonLabel.setObjectName(u"dischargeReasonLabel")

        self.form.addWidget(self.dischargeReasonLabel, 2, 0, 1, 1)

        self.dischargeReason = QPlainTextEdit(DischargeDialog)
        self.dischargeReason.setObjectName(u"dischargeReason")
        self.dischargeReason.setTabChangesFocus(True)
        self.dischargeReason.setMaximumSize(QSize(16777215, 80))

        self.form.addWidget(self.dischargeReason, 2, 1, 1, 1)

        self.dischargeReasonError = QLabel(DischargeDialog)
        self.dischargeReasonError.setObjectName(u"dischargeReasonError")
        self.dischargeReasonError.setWordWrap(True)

        self.form.addWidget(self.dischargeReasonError, 3, 1, 1, 1)


        self.outerLayout.addLayout(self.form)

        self.spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.outerLayout.addItem(self.spacer)

        self.buttons = QDialogButtonBox(DischargeDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Ok)

        self.outerLayout.addWidget(self.buttons)

#if QT_CONFIG(shortcut)
        self.dischargedOnLabel.setBuddy(self.dischargedOn)
        self.dischargeReasonLabel.setBuddy(self.dischargeReason)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(DischargeDialog)

        QMetaObject.connectSlotsByName(DischargeDialog)
    # setupUi

    def retranslateUi(self, DischargeDialog):
        DischargeDialog.setWindowTitle(QCoreApplication.translate("DischargeDialog", u"Discharge", None))
        self.intro.setText(QCoreApplication.translate("DischargeDialog", u"Discharging closes this person's record on the caseload. Nothing is deleted, and the record can be re-opened at any time.", None))
        self.formError.setText("")
#if QT_CONFIG(accessibility)
        self.formError.setAccessibleName(QCoreApplication.translate("DischargeDialog", u"Problem saving", None))
#endif // QT_CONFIG(accessibility)
        self.dischargedOnLabel.setText(QCoreApplication.translate("DischargeDialog", u"Date of discharge", None))
#if QT_CONFIG(accessibility)
        self.dischargedOn.setAccessibleName(QCoreApplication.translate("DischargeDialog", u"Date of discharge", None))
#endif // QT_CONFIG(accessibility)
        self.dischargedOn.setPlaceholderText(QCoreApplication.translate("DischargeDialog", u"dd/mm/yyyy", None))
        self.dischargedOnError.setText("")
#if QT_CONFIG(accessibility)
        self.dischargedOnError.setAccessibleName(QCoreApplication.translate("DischargeDialog", u"Date of discharge problem", None))
#endif // QT_CONFIG(accessibility)
        self.dischargeReasonLabel.setText(QCoreApplication.translate("DischargeDialog", u"Reason", None))
#if QT_CONFIG(accessibility)
        self.dischargeReason.setAccessibleName(QCoreApplication.translate("DischargeDialog", u"Reason", None))
#endif // QT_CONFIG(accessibility)
        self.dischargeReason.setPlaceholderText(QCoreApplication.translate("DischargeDialog", u"For example: moved to another area; goals achieved and the person chose to move on", None))
        self.dischargeReasonError.setText("")
#if QT_CONFIG(accessibility)
        self.dischargeReasonError.setAccessibleName(QCoreApplication.translate("DischargeDialog", u"Reason problem", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi
