# Generated from ui/team_settings_dialog.ui by pyside6-uic. Do not edit: edit the .ui and recompile.

from PySide6.QtCore import QCoreApplication, QMetaObject
from PySide6.QtWidgets import QDialogButtonBox, QGridLayout, QLabel, QSizePolicy, QSpacerItem, QSpinBox, QVBoxLayout

class Ui_TeamSettingsDialog(object):
    def setupUi(self, TeamSettingsDialog):
        if not TeamSettingsDialog.objectName():
            TeamSettingsDialog.setObjectName(u"TeamSettingsDialog")
        TeamSettingsDialog.resize(560, 340)
        self.outerLayout = QVBoxLayout(TeamSettingsDialog)
        self.outerLayout.setObjectName(u"outerLayout")
        self.intro = QLabel(TeamSettingsDialog)
        self.intro.setObjectName(u"intro")
        self.intro.setWordWrap(True)

        self.outerLayout.addWidget(self.intro)

        self.formError = QLabel(TeamSettingsDialog)
        self.formError.setObjectName(u"formError")
        self.formError.setWordWrap(True)

        self.outerLayout.addWidget(self.formError)

        self.form = QGridLayout()
        self.form.setObjectName(u"form")
        self.form.setHorizontalSpacing(12)
        self.form.setVerticalSpacing(2)
        self.lockAfterMinutesLabel = QLabel(TeamSettingsDialog)
        self.lockAfterMinutesLabel.setObjectName(u"lockAfterMinutesLabel")

        self.form.addWidget(self.lockAfterMinutesLabel, 0, 0, 1, 1)

        self.lockAfterMinutes = QSpinBox(TeamSettingsDialog)
        self.lockAfterMinutes.setObjectName(u"lockAfterMinutes")
        self.lockAfterMinutes.setMinimum(1)
        self.lockAfterMinutes.setMaximum(60)

        self.form.addWidget(self.lockAfterMinutes, 0, 1, 1, 1)

        self.lockAfterMinutesError = QLabel(TeamSettingsDialog)
        self.lockAfterMinutesError.setObjectName(u"lockAfterMinutesError")
        self.lockAfterMinutesError.setWordWrap(True)

        self.form.addWidget(self.lockAfterMinutesError, 1, 1, 1, 1)

        self.crisisPlanReviewMonthsLabel = QLabel(TeamSettingsDialog)
        self.crisisPlanReviewMonthsLabel.setObjectName(u"crisisPlanReviewMonthsLabel")

        self.form.addWidget(self.crisisPlanReviewMonthsLabel, 2, 0, 1, 1)

        self.crisisPlanReviewMonths = QSpinBox(TeamSettingsDialog)
        self.crisisPlanReviewMonths.setObjectName(u"crisisPlanReviewMonths")
        self.crisisPlanReviewMonths.setMinimum(1)
        self.crisisPlanReviewMonths.setMaximum(24)

        self.form.addWidget(self.crisisPlanReviewMonths, 2, 1, 1, 1)

        self.crisisPlanReviewMonthsError = QLabel(TeamSettingsDialog)
        self.crisisPlanReviewMonthsError.setObjectName(u"crisisPlanReviewMonthsError")
        self.crisisPlanReviewMonthsError.setWordWrap(True)

        self.form.addWidget(self.crisisPlanReviewMonthsError, 3, 1, 1, 1)

        self.backupsToKeepLabel = QLabel(TeamSettingsDialog)
        self.backupsToKeepLabel.setObjectName(u"backupsToKeepLabel")

        self.form.addWidget(self.backupsToKeepLabel, 4, 0, 1, 1)

        self.backupsToKeep = QSpinBox(TeamSettingsDialog)
        self.backupsToKeep.setObjectName(u"backupsToKeep")
        self.backupsToKeep.setMinimum(1)
        self.backupsToKeep.setMaximum(365)

        self.form.addWidget(self.backupsToKeep, 4, 1, 1, 1)

        self.backupsToKeepError = QLabel(TeamSettingsDialog)
        self.backupsToKeepError.setObjectName(u"backupsToKeepError")
        self.backupsToKeepError.setWordWrap(True)

        self.form.addWidget(self.backupsToKeepError, 5, 1, 1, 1)

        self.retentionYearsLabel = QLabel(TeamSettingsDialog)
        self.retentionYearsLabel.setObjectName(u"retentionYearsLabel")
        self.retentionYearsLabel.setWordWrap(True)

        self.form.addWidget(self.retentionYearsLabel, 6, 0, 1, 1)

        self.retentionYears = QSpinBox(TeamSettingsDialog)
        self.retentionYears.setObjectName(u"retentionYears")
        self.retentionYears.setMinimum(8)
        self.retentionYears.setMaximum(100)

        self.form.addWidget(self.retentionYears, 6, 1, 1, 1)

        self.retentionYearsError = QLabel(TeamSettingsDialog)
        self.retentionYearsError.setObjectName(u"retentionYearsError")
        self.retentionYearsError.setWordWrap(True)

        self.form.addWidget(self.retentionYearsError, 7, 1, 1, 1)


        self.outerLayout.addLayout(self.form)

        self.spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.outerLayout.addItem(self.spacer)

        self.buttons = QDialogButtonBox(TeamSettingsDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Save)

        self.outerLayout.addWidget(self.buttons)

#if QT_CONFIG(shortcut)
        self.lockAfterMinutesLabel.setBuddy(self.lockAfterMinutes)
        self.crisisPlanReviewMonthsLabel.setBuddy(self.crisisPlanReviewMonths)
        self.backupsToKeepLabel.setBuddy(self.backupsToKeep)
        self.retentionYearsLabel.setBuddy(self.retentionYears)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(TeamSettingsDialog)

        QMetaObject.connectSlotsByName(TeamSettingsDialog)
    # setupUi

    def retranslateUi(self, TeamSettingsDialog):
        TeamSettingsDialog.setWindowTitle(QCoreApplication.translate("TeamSettingsDialog", u"Team settings", None))
        self.intro.setText(QCoreApplication.translate("TeamSettingsDialog", u"These settings apply to everyone in the team.", None))
        self.formError.setText("")
#if QT_CONFIG(accessibility)
        self.formError.setAccessibleName(QCoreApplication.translate("TeamSettingsDialog", u"Problem saving", None))
#endif // QT_CONFIG(accessibility)
        self.lockAfterMinutesLabel.setText(QCoreApplication.translate("TeamSettingsDialog", u"Lock the window after (minutes without use)", None))
#if QT_CONFIG(accessibility)
        self.lockAfterMinutes.setAccessibleName(QCoreApplication.translate("TeamSettingsDialog", u"Lock the window after (minutes without use)", None))
#endif // QT_CONFIG(accessibility)
        self.lockAfterMinutesError.setText("")
#if QT_CONFIG(accessibility)
        self.lockAfterMinutesError.setAccessibleName(QCoreApplication.translate("TeamSettingsDialog", u"Lock the window after (minutes without use) problem", None))
#endif // QT_CONFIG(accessibility)
        self.crisisPlanReviewMonthsLabel.setText(QCoreApplication.translate("TeamSettingsDialog", u"Review crisis plans every (months)", None))
#if QT_CONFIG(accessibility)
        self.crisisPlanReviewMonths.setAccessibleName(QCoreApplication.translate("TeamSettingsDialog", u"Review crisis plans every (months)", None))
#endif // QT_CONFIG(accessibility)
        self.crisisPlanReviewMonthsError.setText("")
#if QT_CONFIG(accessibility)
        self.crisisPlanReviewMonthsError.setAccessibleName(QCoreApplication.translate("TeamSettingsDialog", u"Review crisis plans every (months) problem", None))
#endif // QT_CONFIG(accessibility)
        self.backupsToKeepLabel.setText(QCoreApplication.translate("TeamSettingsDialog", u"Backups to keep", None))
#if QT_CONFIG(accessibility)
        self.backupsToKeep.setAccessibleName(QCoreApplication.translate("TeamSettingsDialog", u"Backups to keep", None))
#endif // QT_CONFIG(accessibility)
        self.backupsToKeepError.setText("")
#if QT_CONFIG(accessibility)
        self.backupsToKeepError.setAccessibleName(QCoreApplication.translate("TeamSettingsDialog", u"Backups to keep problem", None))
#endif // QT_CONFIG(accessibility)
        self.retentionYearsLabel.setText(QCoreApplication.translate("TeamSettingsDialog", u"Keep discharged records for (years after the last contact)", None))
#if QT_CONFIG(accessibility)
        self.retentionYears.setAccessibleName(QCoreApplication.translate("TeamSettingsDialog", u"Keep discharged records for (years after the last contact)", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.retentionYears.setToolTip(QCoreApplication.translate("TeamSettingsDialog", u"NHS guidance keeps mental health records for 20 years after the last contact. Records are then listed for review; nothing is deleted automatically.", None))
#endif // QT_CONFIG(tooltip)
        self.retentionYearsError.setText("")
#if QT_CONFIG(accessibility)
        self.retentionYearsError.setAccessibleName(QCoreApplication.translate("TeamSettingsDialog", u"Keep discharged records for (years after the last contact) problem", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi
