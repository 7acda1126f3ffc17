# Generated from ui/subject_access_dialog.ui by pyside6-uic. Do not edit: edit the .ui and recompile.

from PySide6.QtCore import QCoreApplication, QMetaObject
from PySide6.QtWidgets import QCheckBox, QComboBox, QDialogButtonBox, QGridLayout, QLabel, QTreeWidget, QVBoxLayout

class Ui_SubjectAccessDialog(object):
    def setupUi(self, SubjectAccessDialog):
        if not SubjectAccessDialog.objectName():
            SubjectAccessDialog.setObjectName(u"SubjectAccessDialog")
        SubjectAccessDialog.resize(960, 660)
        self.outerLayout = QVBoxLayout(SubjectAccessDialog)
        self.outerLayout.setObjectName(u"outerLayout")
        self.intro = QLabel(SubjectAccessDialog)
        self.intro.setObjectName(u"intro")
        self.intro.setWordWrap(True)

        self.outerLayout.addWidget(self.intro)

        self.formError = QLabel(SubjectAccessDialog)
        self.formError.setObjectName(u"formError")
        self.formError.setWordWrap(True)

        self.outerLayout.addWidget(self.formError)

        self.form = QGridLayout()
        self.form.setObjectName(u"form")
        self.form.setHorizontalSpacing(12)
        self.form.setVerticalSpacing(2)
        self.reviewedByLabel = QLabel(SubjectAccessDialog)
        self.reviewedByLabel.setObjectName(u"reviewedByLabel")

        self.form.addWidget(self.reviewedByLabel, 0, 0, 1, 1)

        self.reviewedBy = QComboBox(SubjectAccessDialog)
        self.reviewedBy.setObjectName(u"reviewedBy")

        self.form.addWidget(self.reviewedBy, 0, 1, 1, 1)

        self.reviewedByError = QLabel(SubjectAccessDialog)
        self.reviewedByError.setObjectName(u"reviewedByError")
        self.reviewedByError.setWordWrap(True)

        self.form.addWidget(self.reviewedByError, 1, 1, 1, 1)


        self.outerLayout.addLayout(self.form)

        self.onlyThirdParty = QCheckBox(SubjectAccessDialog)
        self.onlyThirdParty.setObjectName(u"onlyThirdParty")

        self.outerLayout.addWidget(self.onlyThirdParty)

        self.items = QTreeWidget(SubjectAccessDialog)
        self.items.setObjectName(u"items")
        self.items.setAlternatingRowColors(True)
        self.items.setUniformRowHeights(True)

        self.outerLayout.addWidget(self.items)

        self.count = QLabel(SubjectAccessDialog)
        self.count.setObjectName(u"count")
        self.count.setWordWrap(True)

        self.outerLayout.addWidget(self.count)

        self.buttons = QDialogButtonBox(SubjectAccessDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.Cancel)

        self.outerLayout.addWidget(self.buttons)

#if QT_CONFIG(shortcut)
        self.reviewedByLabel.setBuddy(self.reviewedBy)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(SubjectAccessDialog)

        QMetaObject.connectSlotsByName(SubjectAccessDialog)
    # setupUi

    def retranslateUi(self, SubjectAccessDialog):
        SubjectAccessDialog.setWindowTitle(QCoreApplication.translate("SubjectAccessDialog", u"Subject access export", None))
        self.intro.setText("")
        self.formError.setText("")
#if QT_CONFIG(accessibility)
        self.formError.setAccessibleName(QCoreApplication.translate("SubjectAccessDialog", u"Problem exporting", None))
#endif // QT_CONFIG(accessibility)
        self.reviewedByLabel.setText(QCoreApplication.translate("SubjectAccessDialog", u"Checked for information about other people by", None))
#if QT_CONFIG(accessibility)
        self.reviewedBy.setAccessibleName(QCoreApplication.translate("SubjectAccessDialog", u"Checked for information about other people by", None))
#endif // QT_CONFIG(accessibility)
        self.reviewedByError.setText("")
#if QT_CONFIG(accessibility)
        self.reviewedByError.setAccessibleName(QCoreApplication.translate("SubjectAccessDialog", u"Checked for information about other people by problem", None))
#endif // QT_CONFIG(accessibility)
        self.onlyThirdParty.setText(QCoreApplication.translate("SubjectAccessDialog", u"Show only items that may be about someone else", None))
#if QT_CONFIG(accessibility)
        self.onlyThirdParty.setAccessibleName(QCoreApplication.translate("SubjectAccessDialog", u"Show only items that may be about someone else", None))
#endif // QT_CONFIG(accessibility)
        ___qtreewidgetitem = self.items.headerItem()
        ___qtreewidgetitem.setText(2, QCoreApplication.translate("SubjectAccessDialog", u"Check", None))
        ___qtreewidgetitem.setText(1, QCoreApplication.translate("SubjectAccessDialog", u"What it says", None))
        ___qtreewidgetitem.setText(0, QCoreApplication.translate("SubjectAccessDialog", u"Item (tick to take it out)", None))
#if QT_CONFIG(accessibility)
        self.items.setAccessibleName(QCoreApplication.translate("SubjectAccessDialog", u"Everything held: tick an item to take it out", None))
#endif // QT_CONFIG(accessibility)
        self.count.setText("")
#if QT_CONFIG(accessibility)
        self.count.setAccessibleName(QCoreApplication.translate("SubjectAccessDialog", u"Items taken out", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi
