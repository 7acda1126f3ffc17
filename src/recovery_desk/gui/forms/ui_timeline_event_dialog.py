# Generated from ui/timeline_event_dialog.ui by pyside6-uic. Do not edit: edit the .ui and recompile.

from PySide6.QtCore import QCoreApplication, QMetaObject, Qt
from PySide6.QtWidgets import QComboBox, QDialogButtonBox, QGridLayout, QLabel, QLineEdit, QPlainTextEdit, QVBoxLayout, QWidget

class Ui_TimelineEventDialog(object):
    def setupUi(self, TimelineEventDialog):
        if not TimelineEventDialog.objectName():
            TimelineEventDialog.setObjectName(u"TimelineEventDialog")
        TimelineEventDialog.resize(520, 380)
        self.outerLayout = QVBoxLayout(TimelineEventDialog)
        self.outerLayout.setObjectName(u"outerLayout")
        self.intro = QLabel(TimelineEventDialog)
        self.intro.setObjectName(u"intro")
        self.intro.setWordWrap(True)

        self.outerLayout.addWidget(self.intro)

        self.formError = QLabel(TimelineEventDialog)
        self.formError.setObjectName(u"formError")
        self.formError.setWordWrap(True)

        self.outerLayout.addWidget(self.formError)

        self.form = QGridLayout()
        self.form.setObjectName(u"form")
        self.form.setHorizontalSpacing(12)
        self.form.setVerticalSpacing(2)
        self.whenTextLabel = QLabel(TimelineEventDialog)
        self.whenTextLabel.setObjectName(u"whenTextLabel")

        self.form.addWidget(self.whenTextLabel, 0, 0, 1, 1)

        self.whenText = QLineEdit(TimelineEventDialog)
        self.whenText.setObjectName(u"whenText")

        self.form.addWidget(self.whenText, 0, 1, 1, 1)

        self.whenTextError = QLabel(TimelineEventDialog)
        self.whenTextError.setObjectName(u"whenTextError")
        self.whenTextError.setWordWrap(True)

        self.form.addWidget(self.whenTextError, 1, 1, 1, 1)

        self.kindLabel = QLabel(TimelineEventDialog)
        self.kindLabel.setObjectName(u"kindLabel")

        self.form.addWidget(self.kindLabel, 2, 0, 1, 1)

        self.kind = QComboBox(TimelineEventDialog)
        self.kind.setObjectName(u"kind")

        self.form.addWidget(self.kind, 2, 1, 1, 1)

        self.kindError = QLabel(TimelineEventDialog)
        self.kindError.setObjectName(u"kindError")
        self.kindError.setWordWrap(True)

        self.form.addWidget(self.kindError, 3, 1, 1, 1)

        self.titleLabel = QLabel(TimelineEventDialog)
        self.titleLabel.setObjectName(u"titleLabel")

        self.form.addWidget(self.titleLabel, 4, 0, 1, 1)

        self.title = QLineEdit(TimelineEventDialog)
        self.title.setObjectName(u"title")
        self.title.setMaxLength(200)

        self.form.addWidget(self.title, 4, 1, 1, 1)

        self.titleError = QLabel(TimelineEventDialog)
        self.titleError.setObjectName(u"titleError")
        self.titleError.setWordWrap(True)

        self.form.addWidget(self.titleError, 5, 1, 1, 1)

        self.theirWordsLabel = QLabel(TimelineEventDialog)
        self.theirWordsLabel.setObjectName(u"theirWordsLabel")
        self.theirWordsLabel.setAlignment(Qt.AlignLeading|Qt.AlignLeft|Qt.AlignTop)

        self.form.addWidget(self.theirWordsLabel, 6, 0, 1, 1)

        self.theirWords = QPlainTextEdit(TimelineEventDialog)
        self.theirWords.setObjectName(u"theirWords")
        self.theirWords.setTabChangesFocus(True)

        self.form.addWidget(self.theirWords, 6, 1, 1, 1)

        self.theirWordsError = QLabel(TimelineEventDialog)
        self.theirWordsError.setObjectName(u"theirWordsError")
        self.theirWordsError.setWordWrap(True)

        self.form.addWidget(self.theirWordsError, 7, 1, 1, 1)


        self.outerLayout.addLayout(self.form)

        self.buttons = QDialogButtonBox(TimelineEventDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Save)

        self.outerLayout.addWidget(self.buttons)

#if QT_CONFIG(shortcut)
        self.whenTextLabel.setBuddy(self.whenText)
        self.kindLabel.setBuddy(self.kind)
        self.titleLabel.setBuddy(self.title)
        self.theirWordsLabel.setBuddy(self.theirWords)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.whenText, self.kind)
        QWidget.setTabOrder(self.kind, self.title)
        QWidget.setTabOrder(self.title, self.theirWords)

        self.retranslateUi(TimelineEventDialog)

        QMetaObject.connectSlotsByName(TimelineEventDialog)
    # setupUi

    def retranslateUi(self, TimelineEventDialog):
        TimelineEventDialog.setWindowTitle(QCoreApplication.translate("TimelineEventDialog", u"Life timeline event", None))
        self.intro.setText(QCoreApplication.translate("TimelineEventDialog", u"An event that shaped the person's life, good or hard. If they remember only the year, or the month and year, that is enough.", None))
        self.formError.setText("")
#if QT_CONFIG(accessibility)
        self.formError.setAccessibleName(QCoreApplication.translate("TimelineEventDialog", u"Problem saving", None))
#endif // QT_CONFIG(accessibility)
        self.whenTextLabel.setText(QCoreApplication.translate("TimelineEventDialog", u"When", None))
#if QT_CONFIG(accessibility)
        self.whenText.setAccessibleName(QCoreApplication.translate("TimelineEventDialog", u"When", None))
#endif // QT_CONFIG(accessibility)
        self.whenText.setPlaceholderText(QCoreApplication.translate("TimelineEventDialog", u"1998, March 1998, 03/1998 or 21/03/1998", None))
        self.whenTextError.setText("")
#if QT_CONFIG(accessibility)
        self.whenTextError.setAccessibleName(QCoreApplication.translate("TimelineEventDialog", u"When problem", None))
#endif // QT_CONFIG(accessibility)
        self.kindLabel.setText(QCoreApplication.translate("TimelineEventDialog", u"Kind of event", None))
#if QT_CONFIG(accessibility)
        self.kind.setAccessibleName(QCoreApplication.translate("TimelineEventDialog", u"Kind of event", None))
#endif // QT_CONFIG(accessibility)
        self.kindError.setText("")
#if QT_CONFIG(accessibility)
        self.kindError.setAccessibleName(QCoreApplication.translate("TimelineEventDialog", u"Kind of event problem", None))
#endif // QT_CONFIG(accessibility)
        self.titleLabel.setText(QCoreApplication.translate("TimelineEventDialog", u"What happened", None))
#if QT_CONFIG(accessibility)
        self.title.setAccessibleName(QCoreApplication.translate("TimelineEventDialog", u"What happened", None))
#endif // QT_CONFIG(accessibility)
        self.title.setPlaceholderText(QCoreApplication.translate("TimelineEventDialog", u"A few words, for example: Passed my driving test", None))
        self.titleError.setText("")
#if QT_CONFIG(accessibility)
        self.titleError.setAccessibleName(QCoreApplication.translate("TimelineEventDialog", u"What happened problem", None))
#endif // QT_CONFIG(accessibility)
        self.theirWordsLabel.setText(QCoreApplication.translate("TimelineEventDialog", u"In their words", None))
#if QT_CONFIG(accessibility)
        self.theirWords.setAccessibleName(QCoreApplication.translate("TimelineEventDialog", u"In their words", None))
#endif // QT_CONFIG(accessibility)
        self.theirWords.setPlaceholderText(QCoreApplication.translate("TimelineEventDialog", u"What it meant to them, as they put it (optional)", None))
        self.theirWordsError.setText("")
#if QT_CONFIG(accessibility)
        self.theirWordsError.setAccessibleName(QCoreApplication.translate("TimelineEventDialog", u"In their words problem", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi
