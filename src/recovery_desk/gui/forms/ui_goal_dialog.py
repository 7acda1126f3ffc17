# Generated from ui/goal_dialog.ui by pyside6-uic. Do not edit: edit the .ui and recompile.

from PySide6.QtCore import QCoreApplication, QMetaObject, QSize
from PySide6.QtWidgets import QComboBox, QDialogButtonBox, QGridLayout, QLabel, QLineEdit, QPlainTextEdit, QSizePolicy, QSpacerItem, QSpinBox, QVBoxLayout

class Ui_GoalDialog(object):
    def setupUi(self, GoalDialog):
        if not GoalDialog.objectName():
            GoalDialog.setObjectName(u"GoalDialog")
        GoalDialog.resize(600, 620)
        self.outerLayout = QVBoxLayout(GoalDialog)
        self.outerLayout.setObjectName(u"outerLayout")
        self.intro = QLabel(GoalDialog)
        self.intro.setObjectName(u"intro")
        self.intro.setWordWrap(True)

        self.outerLayout.addWidget(self.intro)

        self.formError = QLabel(GoalDialog)
        self.formError.setObjectName(u"formError")
        self.formError.setWordWrap(True)

        self.outerLayout.addWidget(self.formError)

        self.form = QGridLayout()
        self.form.setObjectName(u"form")
        self.form.setHorizontalSpacing(12)
        self.form.setVerticalSpacing(2)
        self.statementLabel = QLabel(GoalDialog)
        self.statementLabel.setObjectName(u"statementLabel")

        self.form.addWidget(self.statementLabel, 0, 0, 1, 1)

        self.statement = QPlainTextEdit(GoalDialog)
        self.statement.setObjectName(u"statement")
        self.statement.setTabChangesFocus(True)
        self.statement.setMaximumSize(QSize(16777215, 80))

        self.form.addWidget(self.statement, 0, 1, 1, 1)

        self.statementError = QLabel(GoalDialog)
        self.statementError.setObjectName(u"statementError")
        self.statementError.setWordWrap(True)

        self.form.addWidget(self.statementError, 1, 1, 1, 1)

        self.whyItMattersLabel = QLabel(GoalDialog)
        self.whyItMattersLabel.setObjectName(u"whyItMattersLabel")

        self.form.addWidget(self.whyItMattersLabel, 2, 0, 1, 1)

        self.whyItMatters = QPlainTextEdit(GoalDialog)
        self.whyItMatters.setObjectName(u"whyItMatters")
        self.whyItMatters.setTabChangesFocus(True)
        self.whyItMatters.setMaximumSize(QSize(16777215, 70))

        self.form.addWidget(self.whyItMatters, 2, 1, 1, 1)

        self.whyItMattersError = QLabel(GoalDialog)
        self.whyItMattersError.setObjectName(u"whyItMattersError")
        self.whyItMattersError.setWordWrap(True)

        self.form.addWidget(self.whyItMattersError, 3, 1, 1, 1)

        self.lifeAreaLabel = QLabel(GoalDialog)
        self.lifeAreaLabel.setObjectName(u"lifeAreaLabel")

        self.form.addWidget(self.lifeAreaLabel, 4, 0, 1, 1)

        self.lifeArea = QComboBox(GoalDialog)
        self.lifeArea.setObjectName(u"lifeArea")

        self.form.addWidget(self.lifeArea, 4, 1, 1, 1)

        self.lifeAreaError = QLabel(GoalDialog)
        self.lifeAreaError.setObjectName(u"lifeAreaError")
        self.lifeAreaError.setWordWrap(True)

        self.form.addWidget(self.lifeAreaError, 5, 1, 1, 1)

        self.chimeLabel = QLabel(GoalDialog)
        self.chimeLabel.setObjectName(u"chimeLabel")

        self.form.addWidget(self.chimeLabel, 6, 0, 1, 1)

        self.chime = QComboBox(GoalDialog)
        self.chime.setObjectName(u"chime")

        self.form.addWidget(self.chime, 6, 1, 1, 1)

        self.chimeError = QLabel(GoalDialog)
        self.chimeError.setObjectName(u"chimeError")
        self.chimeError.setWordWrap(True)

        self.form.addWidget(self.chimeError, 7, 1, 1, 1)

        self.targetDateLabel = QLabel(GoalDialog)
        self.targetDateLabel.setObjectName(u"targetDateLabel")

        self.form.addWidget(self.targetDateLabel, 8, 0, 1, 1)

        self.targetDate = QLineEdit(GoalDialog)
        self.targetDate.setObjectName(u"targetDate")

        self.form.addWidget(self.targetDate, 8, 1, 1, 1)

        self.targetDateError = QLabel(GoalDialog)
        self.targetDateError.setObjectName(u"targetDateError")
        self.targetDateError.setWordWrap(True)

        self.form.addWidget(self.targetDateError, 9, 1, 1, 1)

        self.readinessLabel = QLabel(GoalDialog)
        self.readinessLabel.setObjectName(u"readinessLabel")

        self.form.addWidget(self.readinessLabel, 10, 0, 1, 1)

        self.readiness = QSpinBox(GoalDialog)
        self.readiness.setObjectName(u"readiness")
        self.readiness.setMinimum(0)
        self.readiness.setMaximum(10)

        self.form.addWidget(self.readiness, 10, 1, 1, 1)

        self.readinessError = QLabel(GoalDialog)
        self.readinessError.setObjectName(u"readinessError")
        self.readinessError.setWordWrap(True)

        self.form.addWidget(self.readinessError, 11, 1, 1, 1)

        self.readinessWhyLabel = QLabel(GoalDialog)
        self.readinessWhyLabel.setObjectName(u"readinessWhyLabel")

        self.form.addWidget(self.readinessWhyLabel, 12, 0, 1, 1)

        self.readinessWhy = QPlainTextEdit(GoalDialog)
        self.readinessWhy.setObjectName(u"readinessWhy")
        self.readinessWhy.setTabChangesFocus(True)
        self.readinessWhy.setMaximumSize(QSize(16777215, 60))

        self.form.addWidget(self.readinessWhy, 12, 1, 1, 1)

        self.readinessWhyError = QLabel(GoalDialog)
        self.readinessWhyError.setObjectName(u"readinessWhyError")
        self.readinessWhyError.setWordWrap(True)

        self.form.addWidget(self.readinessWhyError, 13, 1, 1, 1)


        self.outerLayout.addLayout(self.form)

        self.spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.outerLayout.addItem(self.spacer)

        self.buttons = QDialogButtonBox(GoalDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Save)

        self.outerLayout.addWidget(self.buttons)

#if QT_CONFIG(shortcut)
        self.statementLabel.setBuddy(self.statement)
        self.whyItMattersLabel.setBuddy(self.whyItMatters)
        self.lifeAreaLabel.setBuddy(self.lifeArea)
        self.chimeLabel.setBuddy(self.chime)
        self.targetDateLabel.setBuddy(self.targetDate)
        self.readinessLabel.setBuddy(self.readiness)
        self.readinessWhyLabel.setBuddy(self.readinessWhy)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(GoalDialog)

        QMetaObject.connectSlotsByName(GoalDialog)
    # setupUi

    def retranslateUi(self, GoalDialog):
        GoalDialog.setWindowTitle(QCoreApplication.translate("GoalDialog", u"Recovery goal", None))
        self.intro.setText(QCoreApplication.translate("GoalDialog", u"Write the goal the way the person says it. It is theirs: a dream with a deadline, if they want one.", None))
        self.formError.setText("")
#if QT_CONFIG(accessibility)
        self.formError.setAccessibleName(QCoreApplication.translate("GoalDialog", u"Problem saving", None))
#endif // QT_CONFIG(accessibility)
        self.statementLabel.setText(QCoreApplication.translate("GoalDialog", u"The goal, in their words", None))
#if QT_CONFIG(accessibility)
        self.statement.setAccessibleName(QCoreApplication.translate("GoalDialog", u"The goal, in their words", None))
#endif // QT_CONFIG(accessibility)
        self.statementError.setText("")
#if QT_CONFIG(accessibility)
        self.statementError.setAccessibleName(QCoreApplication.translate("GoalDialog", u"The goal, in their words problem", None))
#endif // QT_CONFIG(accessibility)
        self.whyItMattersLabel.setText(QCoreApplication.translate("GoalDialog", u"Why it matters to them", None))
#if QT_CONFIG(accessibility)
        self.whyItMatters.setAccessibleName(QCoreApplication.translate("GoalDialog", u"Why it matters to them", None))
#endif // QT_CONFIG(accessibility)
        self.whyItMattersError.setText("")
#if QT_CONFIG(accessibility)
        self.whyItMattersError.setAccessibleName(QCoreApplication.translate("GoalDialog", u"Why it matters to them problem", None))
#endif // QT_CONFIG(accessibility)
        self.lifeAreaLabel.setText(QCoreApplication.translate("GoalDialog", u"Area of life", None))
#if QT_CONFIG(accessibility)
        self.lifeArea.setAccessibleName(QCoreApplication.translate("GoalDialog", u"Area of life", None))
#endif // QT_CONFIG(accessibility)
        self.lifeAreaError.setText("")
#if QT_CONFIG(accessibility)
        self.lifeAreaError.setAccessibleName(QCoreApplication.translate("GoalDialog", u"Area of life problem", None))
#endif // QT_CONFIG(accessibility)
        self.chimeLabel.setText(QCoreApplication.translate("GoalDialog", u"What it builds (CHIME)", None))
#if QT_CONFIG(accessibility)
        self.chime.setAccessibleName(QCoreApplication.translate("GoalDialog", u"What it builds (CHIME)", None))
#endif // QT_CONFIG(accessibility)
        self.chimeError.setText("")
#if QT_CONFIG(accessibility)
        self.chimeError.setAccessibleName(QCoreApplication.translate("GoalDialog", u"What it builds (CHIME) problem", None))
#endif // QT_CONFIG(accessibility)
        self.targetDateLabel.setText(QCoreApplication.translate("GoalDialog", u"Target date (optional)", None))
#if QT_CONFIG(accessibility)
        self.targetDate.setAccessibleName(QCoreApplication.translate("GoalDialog", u"Target date (optional)", None))
#endif // QT_CONFIG(accessibility)
        self.targetDate.setPlaceholderText(QCoreApplication.translate("GoalDialog", u"dd/mm/yyyy", None))
        self.targetDateError.setText("")
#if QT_CONFIG(accessibility)
        self.targetDateError.setAccessibleName(QCoreApplication.translate("GoalDialog", u"Target date (optional) problem", None))
#endif // QT_CONFIG(accessibility)
        self.readinessLabel.setText(QCoreApplication.translate("GoalDialog", u"Readiness to act (1 to 10)", None))
#if QT_CONFIG(accessibility)
        self.readiness.setAccessibleName(QCoreApplication.translate("GoalDialog", u"Readiness to act (1 to 10)", None))
#endif // QT_CONFIG(accessibility)
        self.readinessError.setText("")
#if QT_CONFIG(accessibility)
        self.readinessError.setAccessibleName(QCoreApplication.translate("GoalDialog", u"Readiness to act (1 to 10) problem", None))
#endif // QT_CONFIG(accessibility)
        self.readinessWhyLabel.setText(QCoreApplication.translate("GoalDialog", u"What made it more than 1?", None))
#if QT_CONFIG(accessibility)
        self.readinessWhy.setAccessibleName(QCoreApplication.translate("GoalDialog", u"What made it more than 1?", None))
#endif // QT_CONFIG(accessibility)
        self.readinessWhyError.setText("")
#if QT_CONFIG(accessibility)
        self.readinessWhyError.setAccessibleName(QCoreApplication.translate("GoalDialog", u"What made it more than 1? problem", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi
