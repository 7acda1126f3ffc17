# Generated from ui/risk_review_dialog.ui by pyside6-uic. Do not edit: edit the .ui and recompile.

from PySide6.QtCore import QCoreApplication, QMetaObject, QSize
from PySide6.QtWidgets import QDialogButtonBox, QGridLayout, QLabel, QLineEdit, QPlainTextEdit, QSizePolicy, QSpacerItem, QVBoxLayout

class Ui_RiskReviewDialog(object):
    def setupUi(self, RiskReviewDialog):
        if not RiskReviewDialog.objectName():
            RiskReviewDialog.setObjectName(u"RiskReviewDialog")
        RiskReviewDialog.resize(520, 320)
        self.outerLayout = QVBoxLayout(RiskReviewDialog)
        self.outerLayout.setObjectName(u"outerLayout")
        self.formError = QLabel(RiskReviewDialog)
        self.formError.setObjectName(u"formError")
        self.formError.setWordWrap(True)

        self.outerLayout.addWidget(self.formError)

        self.form = QGridLayout()
        self.form.setObjectName(u"form")
        self.form.setHorizontalSpacing(12)
        self.form.setVerticalSpacing(2)
        self.reviewOutcomeLabel = QLabel(RiskReviewDialog)
        self.reviewOutcomeLabel.setObjectName(u"reviewOutcomeLabel")

        self.form.addWidget(self.reviewOutcomeLabel, 0, 0, 1, 1)

        self.reviewOutcome = QPlainTextEdit(RiskReviewDialog)
        self.reviewOutcome.setObjectName(u"reviewOutcome")
        self.reviewOutcome.setTabChangesFocus(True)
        self.reviewOutcome.setMaximumSize(QSize(16777215, 90))

        self.form.addWidget(self.reviewOutcome, 0, 1, 1, 1)

        self.reviewOutcomeError = QLabel(RiskReviewDialog)
        self.reviewOutcomeError.setObjectName(u"reviewOutcomeError")
        self.reviewOutcomeError.setWordWrap(True)

        self.form.addWidget(self.reviewOutcomeError, 1, 1, 1, 1)

        self.nextReviewLabel = QLabel(RiskReviewDialog)
        self.nextReviewLabel.setObjectName(u"nextReviewLabel")

        self.form.addWidget(self.nextReviewLabel, 2, 0, 1, 1)

        self.nextReview = QLineEdit(RiskReviewDialog)
        self.nextReview.setObjectName(u"nextReview")

        self.form.addWidget(self.nextReview, 2, 1, 1, 1)

        self.nextReviewError = QLabel(RiskReviewDialog)
        self.nextReviewError.setObjectName(u"nextReviewError")
        self.nextReviewError.setWordWrap(True)

        self.form.addWidget(self.nextReviewError, 3, 1, 1, 1)


        self.outerLayout.addLayout(self.form)

        self.spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.outerLayout.addItem(self.spacer)

        self.buttons = QDialogButtonBox(RiskReviewDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Ok)

        self.outerLayout.addWidget(self.buttons)

#if QT_CONFIG(shortcut)
        self.reviewOutcomeLabel.setBuddy(self.reviewOutcome)
        self.nextReviewLabel.setBuddy(self.nextReview)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(RiskReviewDialog)

        QMetaObject.connectSlotsByName(RiskReviewDialog)
    # setupUi

    def retranslateUi(self, RiskReviewDialog):
        RiskReviewDialog.setWindowTitle(QCoreApplication.translate("RiskReviewDialog", u"Review the positive risk-taking plan", None))
        self.formError.setText("")
#if QT_CONFIG(accessibility)
        self.formError.setAccessibleName(QCoreApplication.translate("RiskReviewDialog", u"Problem saving", None))
#endif // QT_CONFIG(accessibility)
        self.reviewOutcomeLabel.setText(QCoreApplication.translate("RiskReviewDialog", u"How it went, and what was decided", None))
#if QT_CONFIG(accessibility)
        self.reviewOutcome.setAccessibleName(QCoreApplication.translate("RiskReviewDialog", u"How it went, and what was decided", None))
#endif // QT_CONFIG(accessibility)
        self.reviewOutcomeError.setText("")
#if QT_CONFIG(accessibility)
        self.reviewOutcomeError.setAccessibleName(QCoreApplication.translate("RiskReviewDialog", u"How it went, and what was decided problem", None))
#endif // QT_CONFIG(accessibility)
        self.nextReviewLabel.setText(QCoreApplication.translate("RiskReviewDialog", u"Next review (optional)", None))
#if QT_CONFIG(accessibility)
        self.nextReview.setAccessibleName(QCoreApplication.translate("RiskReviewDialog", u"Next review (optional)", None))
#endif // QT_CONFIG(accessibility)
        self.nextReview.setPlaceholderText(QCoreApplication.translate("RiskReviewDialog", u"dd/mm/yyyy", None))
        self.nextReviewError.setText("")
#if QT_CONFIG(accessibility)
        self.nextReviewError.setAccessibleName(QCoreApplication.translate("RiskReviewDialog", u"Next review (optional) problem", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi
