# Generated from ui/risk_plan_dialog.ui by pyside6-uic. Do not edit: edit the .ui and recompile.

from PySide6.QtCore import QCoreApplication, QMetaObject, QSize
from PySide6.QtWidgets import QDialogButtonBox, QGridLayout, QLabel, QLineEdit, QPlainTextEdit, QSizePolicy, QSpacerItem, QVBoxLayout

class Ui_RiskPlanDialog(object):
    def setupUi(self, RiskPlanDialog):
        if not RiskPlanDialog.objectName():
            RiskPlanDialog.setObjectName(u"RiskPlanDialog")
        RiskPlanDialog.resize(620, 640)
        self.outerLayout = QVBoxLayout(RiskPlanDialog)
        self.outerLayout.setObjectName(u"outerLayout")
        self.intro = QLabel(RiskPlanDialog)
        self.intro.setObjectName(u"intro")
        self.intro.setWordWrap(True)

        self.outerLayout.addWidget(self.intro)

        self.formError = QLabel(RiskPlanDialog)
        self.formError.setObjectName(u"formError")
        self.formError.setWordWrap(True)

        self.outerLayout.addWidget(self.formError)

        self.form = QGridLayout()
        self.form.setObjectName(u"form")
        self.form.setHorizontalSpacing(12)
        self.form.setVerticalSpacing(2)
        self.activityLabel = QLabel(RiskPlanDialog)
        self.activityLabel.setObjectName(u"activityLabel")

        self.form.addWidget(self.activityLabel, 0, 0, 1, 1)

        self.activity = QPlainTextEdit(RiskPlanDialog)
        self.activity.setObjectName(u"activity")
        self.activity.setTabChangesFocus(True)
        self.activity.setMaximumSize(QSize(16777215, 60))

        self.form.addWidget(self.activity, 0, 1, 1, 1)

        self.activityError = QLabel(RiskPlanDialog)
        self.activityError.setObjectName(u"activityError")
        self.activityError.setWordWrap(True)

        self.form.addWidget(self.activityError, 1, 1, 1, 1)

        self.whyItMattersLabel = QLabel(RiskPlanDialog)
        self.whyItMattersLabel.setObjectName(u"whyItMattersLabel")

        self.form.addWidget(self.whyItMattersLabel, 2, 0, 1, 1)

        self.whyItMatters = QPlainTextEdit(RiskPlanDialog)
        self.whyItMatters.setObjectName(u"whyItMatters")
        self.whyItMatters.setTabChangesFocus(True)
        self.whyItMatters.setMaximumSize(QSize(16777215, 60))

        self.form.addWidget(self.whyItMatters, 2, 1, 1, 1)

        self.whyItMattersError = QLabel(RiskPlanDialog)
        self.whyItMattersError.setObjectName(u"whyItMattersError")
        self.whyItMattersError.setWordWrap(True)

        self.form.addWidget(self.whyItMattersError, 3, 1, 1, 1)

        self.whatCouldGoWrongLabel = QLabel(RiskPlanDialog)
        self.whatCouldGoWrongLabel.setObjectName(u"whatCouldGoWrongLabel")

        self.form.addWidget(self.whatCouldGoWrongLabel, 4, 0, 1, 1)

        self.whatCouldGoWrong = QPlainTextEdit(RiskPlanDialog)
        self.whatCouldGoWrong.setObjectName(u"whatCouldGoWrong")
        self.whatCouldGoWrong.setTabChangesFocus(True)
        self.whatCouldGoWrong.setMaximumSize(QSize(16777215, 60))

        self.form.addWidget(self.whatCouldGoWrong, 4, 1, 1, 1)

        self.whatCouldGoWrongError = QLabel(RiskPlanDialog)
        self.whatCouldGoWrongError.setObjectName(u"whatCouldGoWrongError")
        self.whatCouldGoWrongError.setWordWrap(True)

        self.form.addWidget(self.whatCouldGoWrongError, 5, 1, 1, 1)

        self.whatMakesItSaferLabel = QLabel(RiskPlanDialog)
        self.whatMakesItSaferLabel.setObjectName(u"whatMakesItSaferLabel")

        self.form.addWidget(self.whatMakesItSaferLabel, 6, 0, 1, 1)

        self.whatMakesItSafer = QPlainTextEdit(RiskPlanDialog)
        self.whatMakesItSafer.setObjectName(u"whatMakesItSafer")
        self.whatMakesItSafer.setTabChangesFocus(True)
        self.whatMakesItSafer.setMaximumSize(QSize(16777215, 60))

        self.form.addWidget(self.whatMakesItSafer, 6, 1, 1, 1)

        self.whatMakesItSaferError = QLabel(RiskPlanDialog)
        self.whatMakesItSaferError.setObjectName(u"whatMakesItSaferError")
        self.whatMakesItSaferError.setWordWrap(True)

        self.form.addWidget(self.whatMakesItSaferError, 7, 1, 1, 1)

        self.whoAgreedLabel = QLabel(RiskPlanDialog)
        self.whoAgreedLabel.setObjectName(u"whoAgreedLabel")

        self.form.addWidget(self.whoAgreedLabel, 8, 0, 1, 1)

        self.whoAgreed = QLineEdit(RiskPlanDialog)
        self.whoAgreed.setObjectName(u"whoAgreed")

        self.form.addWidget(self.whoAgreed, 8, 1, 1, 1)

        self.whoAgreedError = QLabel(RiskPlanDialog)
        self.whoAgreedError.setObjectName(u"whoAgreedError")
        self.whoAgreedError.setWordWrap(True)

        self.form.addWidget(self.whoAgreedError, 9, 1, 1, 1)

        self.reviewOnLabel = QLabel(RiskPlanDialog)
        self.reviewOnLabel.setObjectName(u"reviewOnLabel")

        self.form.addWidget(self.reviewOnLabel, 10, 0, 1, 1)

        self.reviewOn = QLineEdit(RiskPlanDialog)
        self.reviewOn.setObjectName(u"reviewOn")

        self.form.addWidget(self.reviewOn, 10, 1, 1, 1)

        self.reviewOnError = QLabel(RiskPlanDialog)
        self.reviewOnError.setObjectName(u"reviewOnError")
        self.reviewOnError.setWordWrap(True)

        self.form.addWidget(self.reviewOnError, 11, 1, 1, 1)


        self.outerLayout.addLayout(self.form)

        self.spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.outerLayout.addItem(self.spacer)

        self.buttons = QDialogButtonBox(RiskPlanDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Save)

        self.outerLayout.addWidget(self.buttons)

#if QT_CONFIG(shortcut)
        self.activityLabel.setBuddy(self.activity)
        self.whyItMattersLabel.setBuddy(self.whyItMatters)
        self.whatCouldGoWrongLabel.setBuddy(self.whatCouldGoWrong)
        self.whatMakesItSaferLabel.setBuddy(self.whatMakesItSafer)
        self.whoAgreedLabel.setBuddy(self.whoAgreed)
        self.reviewOnLabel.setBuddy(self.reviewOn)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(RiskPlanDialog)

        QMetaObject.connectSlotsByName(RiskPlanDialog)
    # setupUi

    def retranslateUi(self, RiskPlanDialog):
        RiskPlanDialog.setWindowTitle(QCoreApplication.translate("RiskPlanDialog", u"Positive risk-taking plan", None))
        self.intro.setText(QCoreApplication.translate("RiskPlanDialog", u"Taking a considered risk can be part of moving towards a goal. Plan it together, make it safer, and review it (100 Ways, action point 83).", None))
        self.formError.setText("")
#if QT_CONFIG(accessibility)
        self.formError.setAccessibleName(QCoreApplication.translate("RiskPlanDialog", u"Problem saving", None))
#endif // QT_CONFIG(accessibility)
        self.activityLabel.setText(QCoreApplication.translate("RiskPlanDialog", u"What they want to do", None))
#if QT_CONFIG(accessibility)
        self.activity.setAccessibleName(QCoreApplication.translate("RiskPlanDialog", u"What they want to do", None))
#endif // QT_CONFIG(accessibility)
        self.activityError.setText("")
#if QT_CONFIG(accessibility)
        self.activityError.setAccessibleName(QCoreApplication.translate("RiskPlanDialog", u"What they want to do problem", None))
#endif // QT_CONFIG(accessibility)
        self.whyItMattersLabel.setText(QCoreApplication.translate("RiskPlanDialog", u"Why it matters to them", None))
#if QT_CONFIG(accessibility)
        self.whyItMatters.setAccessibleName(QCoreApplication.translate("RiskPlanDialog", u"Why it matters to them", None))
#endif // QT_CONFIG(accessibility)
        self.whyItMattersError.setText("")
#if QT_CONFIG(accessibility)
        self.whyItMattersError.setAccessibleName(QCoreApplication.translate("RiskPlanDialog", u"Why it matters to them problem", None))
#endif // QT_CONFIG(accessibility)
        self.whatCouldGoWrongLabel.setText(QCoreApplication.translate("RiskPlanDialog", u"What could go wrong", None))
#if QT_CONFIG(accessibility)
        self.whatCouldGoWrong.setAccessibleName(QCoreApplication.translate("RiskPlanDialog", u"What could go wrong", None))
#endif // QT_CONFIG(accessibility)
        self.whatCouldGoWrongError.setText("")
#if QT_CONFIG(accessibility)
        self.whatCouldGoWrongError.setAccessibleName(QCoreApplication.translate("RiskPlanDialog", u"What could go wrong problem", None))
#endif // QT_CONFIG(accessibility)
        self.whatMakesItSaferLabel.setText(QCoreApplication.translate("RiskPlanDialog", u"What would make it safer", None))
#if QT_CONFIG(accessibility)
        self.whatMakesItSafer.setAccessibleName(QCoreApplication.translate("RiskPlanDialog", u"What would make it safer", None))
#endif // QT_CONFIG(accessibility)
        self.whatMakesItSaferError.setText("")
#if QT_CONFIG(accessibility)
        self.whatMakesItSaferError.setAccessibleName(QCoreApplication.translate("RiskPlanDialog", u"What would make it safer problem", None))
#endif // QT_CONFIG(accessibility)
        self.whoAgreedLabel.setText(QCoreApplication.translate("RiskPlanDialog", u"Who was involved in agreeing it", None))
#if QT_CONFIG(accessibility)
        self.whoAgreed.setAccessibleName(QCoreApplication.translate("RiskPlanDialog", u"Who was involved in agreeing it", None))
#endif // QT_CONFIG(accessibility)
        self.whoAgreedError.setText("")
#if QT_CONFIG(accessibility)
        self.whoAgreedError.setAccessibleName(QCoreApplication.translate("RiskPlanDialog", u"Who was involved in agreeing it problem", None))
#endif // QT_CONFIG(accessibility)
        self.reviewOnLabel.setText(QCoreApplication.translate("RiskPlanDialog", u"Review date", None))
#if QT_CONFIG(accessibility)
        self.reviewOn.setAccessibleName(QCoreApplication.translate("RiskPlanDialog", u"Review date", None))
#endif // QT_CONFIG(accessibility)
        self.reviewOn.setPlaceholderText(QCoreApplication.translate("RiskPlanDialog", u"dd/mm/yyyy", None))
        self.reviewOnError.setText("")
#if QT_CONFIG(accessibility)
        self.reviewOnError.setAccessibleName(QCoreApplication.translate("RiskPlanDialog", u"Review date problem", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi
