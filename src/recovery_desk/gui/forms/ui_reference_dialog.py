# Generated from ui/reference_dialog.ui by pyside6-uic. Do not edit: edit the .ui and recompile.

from PySide6.QtCore import QCoreApplication, QMetaObject
from PySide6.QtWidgets import QCheckBox, QDialogButtonBox, QGridLayout, QLabel, QLineEdit, QTextBrowser, QVBoxLayout, QWidget

class Ui_ReferenceDialog(object):
    def setupUi(self, ReferenceDialog):
        if not ReferenceDialog.objectName():
            ReferenceDialog.setObjectName(u"ReferenceDialog")
        ReferenceDialog.resize(820, 720)
        self.outerLayout = QVBoxLayout(ReferenceDialog)
        self.outerLayout.setObjectName(u"outerLayout")
        self.intro = QLabel(ReferenceDialog)
        self.intro.setObjectName(u"intro")
        self.intro.setWordWrap(True)

        self.outerLayout.addWidget(self.intro)

        self.filters = QGridLayout()
        self.filters.setObjectName(u"filters")
        self.filters.setHorizontalSpacing(12)
        self.filters.setVerticalSpacing(2)
        self.searchLabel = QLabel(ReferenceDialog)
        self.searchLabel.setObjectName(u"searchLabel")

        self.filters.addWidget(self.searchLabel, 0, 0, 1, 1)

        self.search = QLineEdit(ReferenceDialog)
        self.search.setObjectName(u"search")
        self.search.setClearButtonEnabled(True)

        self.filters.addWidget(self.search, 1, 0, 1, 1)

        self.actionPoints = QCheckBox(ReferenceDialog)
        self.actionPoints.setObjectName(u"actionPoints")
        self.actionPoints.setChecked(True)

        self.filters.addWidget(self.actionPoints, 1, 1, 1, 1)

        self.hopeStrategies = QCheckBox(ReferenceDialog)
        self.hopeStrategies.setObjectName(u"hopeStrategies")
        self.hopeStrategies.setChecked(True)

        self.filters.addWidget(self.hopeStrategies, 1, 2, 1, 1)

        self.questions = QCheckBox(ReferenceDialog)
        self.questions.setObjectName(u"questions")
        self.questions.setChecked(True)

        self.filters.addWidget(self.questions, 1, 3, 1, 1)

        self.filters.setColumnStretch(0, 3)
        self.filters.setColumnStretch(1, 1)
        self.filters.setColumnStretch(2, 1)
        self.filters.setColumnStretch(3, 1)

        self.outerLayout.addLayout(self.filters)

        self.count = QLabel(ReferenceDialog)
        self.count.setObjectName(u"count")

        self.outerLayout.addWidget(self.count)

        self.entries = QTextBrowser(ReferenceDialog)
        self.entries.setObjectName(u"entries")
        self.entries.setOpenLinks(False)

        self.outerLayout.addWidget(self.entries)

        self.sourceNote = QLabel(ReferenceDialog)
        self.sourceNote.setObjectName(u"sourceNote")
        self.sourceNote.setWordWrap(True)

        self.outerLayout.addWidget(self.sourceNote)

        self.buttons = QDialogButtonBox(ReferenceDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.Close)

        self.outerLayout.addWidget(self.buttons)

#if QT_CONFIG(shortcut)
        self.searchLabel.setBuddy(self.search)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.search, self.actionPoints)
        QWidget.setTabOrder(self.actionPoints, self.hopeStrategies)
        QWidget.setTabOrder(self.hopeStrategies, self.questions)
        QWidget.setTabOrder(self.questions, self.entries)

        self.retranslateUi(ReferenceDialog)

        QMetaObject.connectSlotsByName(ReferenceDialog)
    # setupUi

    def retranslateUi(self, ReferenceDialog):
        ReferenceDialog.setWindowTitle(QCoreApplication.translate("ReferenceDialog", u"Reference library", None))
        self.intro.setText(QCoreApplication.translate("ReferenceDialog", u"The 100 action points, the hope strategies and the question prompts from 100 ways to support recovery, in our own words, each with its number in the source. Type to search words or numbers.", None))
        self.searchLabel.setText(QCoreApplication.translate("ReferenceDialog", u"&Search", None))
#if QT_CONFIG(accessibility)
        self.search.setAccessibleName(QCoreApplication.translate("ReferenceDialog", u"Search", None))
#endif // QT_CONFIG(accessibility)
        self.search.setPlaceholderText(QCoreApplication.translate("ReferenceDialog", u"Words or a number, for example 83 or hope", None))
        self.actionPoints.setText(QCoreApplication.translate("ReferenceDialog", u"&Action points", None))
#if QT_CONFIG(accessibility)
        self.actionPoints.setAccessibleName(QCoreApplication.translate("ReferenceDialog", u"Action points", None))
#endif // QT_CONFIG(accessibility)
        self.hopeStrategies.setText(QCoreApplication.translate("ReferenceDialog", u"&Hope strategies", None))
#if QT_CONFIG(accessibility)
        self.hopeStrategies.setAccessibleName(QCoreApplication.translate("ReferenceDialog", u"Hope strategies", None))
#endif // QT_CONFIG(accessibility)
        self.questions.setText(QCoreApplication.translate("ReferenceDialog", u"&Questions", None))
#if QT_CONFIG(accessibility)
        self.questions.setAccessibleName(QCoreApplication.translate("ReferenceDialog", u"Questions", None))
#endif // QT_CONFIG(accessibility)
        self.count.setText("")
#if QT_CONFIG(accessibility)
        self.count.setAccessibleName(QCoreApplication.translate("ReferenceDialog", u"Entries shown", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.entries.setAccessibleName(QCoreApplication.translate("ReferenceDialog", u"Reference entries", None))
#endif // QT_CONFIG(accessibility)
        self.sourceNote.setText("")
#if QT_CONFIG(accessibility)
        self.sourceNote.setAccessibleName(QCoreApplication.translate("ReferenceDialog", u"Where the wording comes from", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi
