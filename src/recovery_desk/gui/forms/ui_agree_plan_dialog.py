# Generated from ui/agree_plan_dialog.ui by pyside6-uic. Do not edit: edit the .ui and recompile.

from PySide6.QtCore import QCoreApplication, QMetaObject, QSize
from PySide6.QtWidgets import QCheckBox, QComboBox, QDialogButtonBox, QGridLayout, QLabel, QLineEdit, QPlainTextEdit, QSizePolicy, QSpacerItem, QVBoxLayout

class Ui_AgreePlanDialog(object):
    def setupUi(self, AgreePlanDialog):
        if not AgreePlanDialog.objectName():
            AgreePlanDialog.setObjectName(u"AgreePlanDialog")
        AgreePlanDialog.resize(600, 560)
        self.outerLayout = QVBoxLayout(AgreePlanDialog)
        self.outerLayout.setObjectName(u"outerLayout")
        self.intro = QLabel(AgreePlanDialog)
        self.intro.setObjectName(u"intro")
        self.intro.setWordWrap(True)

        self.outerLayout.addWidget(self.intro)

        self.formError = QLabel(AgreePlanDialog)
        self.formError.setObjectName(u"formError")
        self.formError.setWordWrap(True)

        self.outerLayout.addWidget(self.formError)

        self.form = QGridLayout()
        self.form.setObjectName(u"form")
        self.form.setHorizontalSpacing(12)
        self.form.setVerticalSpacing(2)
        self.agreedOnLabel = QLabel(AgreePlanDialog)
        self.agreedOnLabel.setObjectName(u"agreedOnLabel")

        self.form.addWidget(self.agreedOnLabel, 0, 0, 1, 1)

        self.agreedOn = QLineEdit(AgreePlanDialog)
        self.agreedOn.setObjectName(u"agreedOn")

        self.form.addWidget(self.agreedOn, 0, 1, 1, 1)

        self.agreedOnError = QLabel(AgreePlanDialog)
        self.agreedOnError.setObjectName(u"agreedOnError")
        self.agreedOnError.setWordWrap(True)

        self.form.addWidget(self.agreedOnError, 1, 1, 1, 1)

        self.personTookPart = QCheckBox(AgreePlanDialog)
        self.personTookPart.setObjectName(u"personTookPart")

        self.form.addWidget(self.personTookPart, 2, 1, 1, 1)

        self.careCoordinatorLabel = QLabel(AgreePlanDialog)
        self.careCoordinatorLabel.setObjectName(u"careCoordinatorLabel")

        self.form.addWidget(self.careCoordinatorLabel, 3, 0, 1, 1)

        self.careCoordinator = QComboBox(AgreePlanDialog)
        self.careCoordinator.setObjectName(u"careCoordinator")

        self.form.addWidget(self.careCoordinator, 3, 1, 1, 1)

        self.careCoordinatorError = QLabel(AgreePlanDialog)
        self.careCoordinatorError.setObjectName(u"careCoordinatorError")
        self.careCoordinatorError.setWordWrap(True)

        self.form.addWidget(self.careCoordinatorError, 4, 1, 1, 1)

        self.facilitatorLabel = QLabel(AgreePlanDialog)
        self.facilitatorLabel.setObjectName(u"facilitatorLabel")

        self.form.addWidget(self.facilitatorLabel, 5, 0, 1, 1)

        self.facilitator = QLineEdit(AgreePlanDialog)
        self.facilitator.setObjectName(u"facilitator")

        self.form.addWidget(self.facilitator, 5, 1, 1, 1)

        self.facilitatorError = QLabel(AgreePlanDialog)
        self.facilitatorError.setObjectName(u"facilitatorError")
        self.facilitatorError.setWordWrap(True)

        self.form.addWidget(self.facilitatorError, 6, 1, 1, 1)

        self.supportersInvolvedLabel = QLabel(AgreePlanDialog)
        self.supportersInvolvedLabel.setObjectName(u"supportersInvolvedLabel")

        self.form.addWidget(self.supportersInvolvedLabel, 7, 0, 1, 1)

        self.supportersInvolved = QPlainTextEdit(AgreePlanDialog)
        self.supportersInvolved.setObjectName(u"supportersInvolved")
        self.supportersInvolved.setTabChangesFocus(True)
        self.supportersInvolved.setMaximumSize(QSize(16777215, 60))

        self.form.addWidget(self.supportersInvolved, 7, 1, 1, 1)

        self.supportersInvolvedError = QLabel(AgreePlanDialog)
        self.supportersInvolvedError.setObjectName(u"supportersInvolvedError")
        self.supportersInvolvedError.setWordWrap(True)

        self.form.addWidget(self.supportersInvolvedError, 8, 1, 1, 1)

        self.notAgreedLabel = QLabel(AgreePlanDialog)
        self.notAgreedLabel.setObjectName(u"notAgreedLabel")

        self.form.addWidget(self.notAgreedLabel, 9, 0, 1, 1)

        self.notAgreed = QPlainTextEdit(AgreePlanDialog)
        self.notAgreed.setObjectName(u"notAgreed")
        self.notAgreed.setTabChangesFocus(True)
        self.notAgreed.setMaximumSize(QSize(16777215, 90))

        self.form.addWidget(self.notAgreed, 9, 1, 1, 1)

        self.notAgreedError = QLabel(AgreePlanDialog)
        self.notAgreedError.setObjectName(u"notAgreedError")
        self.notAgreedError.setWordWrap(True)

        self.form.addWidget(self.notAgreedError, 10, 1, 1, 1)

        self.reviewByLabel = QLabel(AgreePlanDialog)
        self.reviewByLabel.setObjectName(u"reviewByLabel")

        self.form.addWidget(self.reviewByLabel, 11, 0, 1, 1)

        self.reviewBy = QLineEdit(AgreePlanDialog)
        self.reviewBy.setObjectName(u"reviewBy")

        self.form.addWidget(self.reviewBy, 11, 1, 1, 1)

        self.reviewByError = QLabel(AgreePlanDialog)
        self.reviewByError.setObjectName(u"reviewByError")
        self.reviewByError.setWordWrap(True)

        self.form.addWidget(self.reviewByError, 12, 1, 1, 1)


        self.outerLayout.addLayout(self.form)

        self.spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.outerLayout.addItem(self.spacer)

        self.buttons = QDialogButtonBox(AgreePlanDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Ok)

        self.outerLayout.addWidget(self.buttons)

#if QT_CONFIG(shortcut)
        self.agreedOnLabel.setBuddy(self.agreedOn)
        self.careCoordinatorLabel.setBuddy(self.careCoordinator)
        self.facilitatorLabel.setBuddy(self.facilitator)
        self.supportersInvolvedLabel.setBuddy(self.supportersInvolved)
        self.notAgreedLabel.setBuddy(self.notAgreed)
        self.reviewByLabel.setBuddy(self.reviewBy)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(AgreePlanDialog)

        QMetaObject.connectSlotsByName(AgreePlanDialog)
    # setupUi

    def retranslateUi(self, AgreePlanDialog):
        AgreePlanDialog.setWindowTitle(QCoreApplication.translate("AgreePlanDialog", u"Agree the crisis plan", None))
        self.intro.setText(QCoreApplication.translate("AgreePlanDialog", u"Agreeing records that the person and their care coordinator have signed this version. Once agreed, this version never changes: later changes make a new version.", None))
        self.formError.setText("")
#if QT_CONFIG(accessibility)
        self.formError.setAccessibleName(QCoreApplication.translate("AgreePlanDialog", u"Problem saving", None))
#endif // QT_CONFIG(accessibility)
        self.agreedOnLabel.setText(QCoreApplication.translate("AgreePlanDialog", u"Date agreed and signed", None))
#if QT_CONFIG(accessibility)
        self.agreedOn.setAccessibleName(QCoreApplication.translate("AgreePlanDialog", u"Date agreed and signed", None))
#endif // QT_CONFIG(accessibility)
        self.agreedOn.setPlaceholderText(QCoreApplication.translate("AgreePlanDialog", u"dd/mm/yyyy", None))
        self.agreedOnError.setText("")
#if QT_CONFIG(accessibility)
        self.agreedOnError.setAccessibleName(QCoreApplication.translate("AgreePlanDialog", u"Date agreed and signed problem", None))
#endif // QT_CONFIG(accessibility)
        self.personTookPart.setText(QCoreApplication.translate("AgreePlanDialog", u"The person took part and signed it", None))
#if QT_CONFIG(accessibility)
        self.personTookPart.setAccessibleName(QCoreApplication.translate("AgreePlanDialog", u"The person took part and signed it", None))
#endif // QT_CONFIG(accessibility)
        self.careCoordinatorLabel.setText(QCoreApplication.translate("AgreePlanDialog", u"Care coordinator who signed", None))
#if QT_CONFIG(accessibility)
        self.careCoordinator.setAccessibleName(QCoreApplication.translate("AgreePlanDialog", u"Care coordinator who signed", None))
#endif // QT_CONFIG(accessibility)
        self.careCoordinatorError.setText("")
#if QT_CONFIG(accessibility)
        self.careCoordinatorError.setAccessibleName(QCoreApplication.translate("AgreePlanDialog", u"Care coordinator who signed problem", None))
#endif // QT_CONFIG(accessibility)
        self.facilitatorLabel.setText(QCoreApplication.translate("AgreePlanDialog", u"Facilitator from outside the team (optional)", None))
#if QT_CONFIG(accessibility)
        self.facilitator.setAccessibleName(QCoreApplication.translate("AgreePlanDialog", u"Facilitator from outside the team (optional)", None))
#endif // QT_CONFIG(accessibility)
        self.facilitatorError.setText("")
#if QT_CONFIG(accessibility)
        self.facilitatorError.setAccessibleName(QCoreApplication.translate("AgreePlanDialog", u"Facilitator from outside the team (optional) problem", None))
#endif // QT_CONFIG(accessibility)
        self.supportersInvolvedLabel.setText(QCoreApplication.translate("AgreePlanDialog", u"Supporters who took part (optional)", None))
#if QT_CONFIG(accessibility)
        self.supportersInvolved.setAccessibleName(QCoreApplication.translate("AgreePlanDialog", u"Supporters who took part (optional)", None))
#endif // QT_CONFIG(accessibility)
        self.supportersInvolvedError.setText("")
#if QT_CONFIG(accessibility)
        self.supportersInvolvedError.setAccessibleName(QCoreApplication.translate("AgreePlanDialog", u"Supporters who took part (optional) problem", None))
#endif // QT_CONFIG(accessibility)
        self.notAgreedLabel.setText(QCoreApplication.translate("AgreePlanDialog", u"Anything the team could not agree to, and why", None))
#if QT_CONFIG(accessibility)
        self.notAgreed.setAccessibleName(QCoreApplication.translate("AgreePlanDialog", u"Anything the team could not agree to, and why", None))
#endif // QT_CONFIG(accessibility)
        self.notAgreed.setPlaceholderText(QCoreApplication.translate("AgreePlanDialog", u"For example: a request the service cannot offer, with the reason given to the person", None))
        self.notAgreedError.setText("")
#if QT_CONFIG(accessibility)
        self.notAgreedError.setAccessibleName(QCoreApplication.translate("AgreePlanDialog", u"Anything the team could not agree to, and why problem", None))
#endif // QT_CONFIG(accessibility)
        self.reviewByLabel.setText(QCoreApplication.translate("AgreePlanDialog", u"Review by", None))
#if QT_CONFIG(accessibility)
        self.reviewBy.setAccessibleName(QCoreApplication.translate("AgreePlanDialog", u"Review by", None))
#endif // QT_CONFIG(accessibility)
        self.reviewBy.setPlaceholderText(QCoreApplication.translate("AgreePlanDialog", u"dd/mm/yyyy", None))
        self.reviewByError.setText("")
#if QT_CONFIG(accessibility)
        self.reviewByError.setAccessibleName(QCoreApplication.translate("AgreePlanDialog", u"Review by problem", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi
