"""The language check: every listed phrase is found, quoted words are left alone, the list is data."""
import json

import pytest

from recovery_desk.content.language import language_rules, parse_rules
from recovery_desk.content.loader import ContentError
from recovery_desk.content.located_json import loads
from recovery_desk.domain.language import find_flags, flag_at, quoted_spans

ISSUE_PHRASES = [  # issue 9's examples, each in a sentence a note might really contain
    ("He is a schizophrenic who lives alone.", "a schizophrenic", "schizophrenic_noun"),
    ("Remains non-compliant with his depot.", "non-compliant", "non_compliant"),
    ("Staff on the ward called it attention-seeking.", "attention-seeking", "attention_seeking"),
    ("Can be manipulative when anxious.", "manipulative", "manipulative"),
    ("She suffers from depression.", "suffers from", "suffers_from"),
    ("His brother committed suicide in 2019.", "committed suicide", "committed_suicide"),
    ("Lacks insight into her illness.", "Lacks insight", "lacks_insight"),
    ("Known as a frequent flyer at A&E.", "frequent flyer", "frequent_flyer"),
]


def rules():
    return language_rules()


@pytest.mark.parametrize(("text", "phrase", "rule_id"), ISSUE_PHRASES, ids=[p[2] for p in ISSUE_PHRASES])
def test_each_listed_phrase_is_flagged_with_a_kinder_alternative(text, phrase, rule_id):
    flags = find_flags(text, rules())
    assert [(f.phrase, f.rule.id) for f in flags] == [(phrase, rule_id)]
    flag = flags[0]
    assert text[flag.start:flag.end] == phrase
    assert flag.rule.alternative and flag.rule.why and flag.rule.alternative.lower() != phrase.lower()


def test_every_phrase_in_the_file_catches_its_own_example():
    for rule in rules():
        assert find_flags(rule.example, [rule]), rule.id


def test_adjectives_and_ordinary_words_are_not_flagged():
    clean = ("Had a schizophrenic episode in 2019 and now lives well with it. Complied with the plan; "
             "insightful about early signs. Suffering is hers to describe. The committee met. "
             "Flyers for the frequent bus service.")
    assert find_flags(clean, rules()) == []


@pytest.mark.parametrize("quoted", [
    "She said “I know I’m non-compliant, and I’m proud of it” and laughed.",
    'He wrote "I suffer from nerves, always have" on the form.',
    "In their words: “people call me a frequent flyer”",
    "She said “I lack insight, apparently",  # no closing mark: the quote runs to the paragraph's end
])
def test_words_in_quotation_marks_are_the_persons_own_and_are_left_alone(quoted):
    assert find_flags(quoted, rules()) == []


def test_a_stray_quotation_mark_silences_only_its_own_paragraph():
    text = "Said “I am fine.\nRemains non-compliant."
    assert [f.phrase for f in find_flags(text, rules())] == ["non-compliant"]
    assert quoted_spans(text) == [(5, 16)]


def test_outside_the_quote_is_still_checked():
    text = "He said “I’m manipulative” but staff feel he lacks insight."
    assert [f.phrase for f in find_flags(text, rules())] == ["lacks insight"]


def test_ignored_phrases_stay_ignored_and_the_text_is_never_changed():
    text = "Non-compliant. Also non-compliant, and manipulative."
    before = str(text)
    flags = find_flags(text, rules())
    assert [f.phrase for f in flags] == ["Non-compliant", "non-compliant", "manipulative"]
    after_ignoring = find_flags(text, rules(), ignored=[flags[0].key])
    assert [f.phrase for f in after_ignoring] == ["manipulative"]  # the key is case-blind
    assert text == before
    assert flag_at(flags, flags[2].start + 3) is flags[2]
    assert flag_at(flags, 14) is None


def test_positions_count_code_points_after_emoji_and_accents():
    text = "Siân 🌈 is non-compliant"
    flag = find_flags(text, rules())[0]
    assert text[flag.start:flag.end] == "non-compliant"


def _file(phrases, flags="i") -> str:
    return json.dumps({"version": 1, "flags": flags, "phrases": phrases}, indent=2)


GOOD = {"id": "x_word", "pattern": "\\bxyzzy\\b", "example": "a xyzzy", "alternative": "a kinder word",
        "why": "Because."}


@pytest.mark.parametrize(("phrases", "line", "words"), [
    # json.dumps(indent=2): the phrases list opens on line 4, each phrase takes 7 lines from line 5
    ([GOOD, {**GOOD, "id": "bad_regex", "pattern": "(unclosed"}], 14, "not a valid regular expression"),
    ([GOOD, {**GOOD, "id": "y"}, {**GOOD, "id": "x_word"}], 19, "already used on line 5"),
    ([{**GOOD, "example": "nothing to see"}], 8, "is not caught by the pattern"),
    ([{**GOOD, "why": ""}], 10, "needs \"why\""),
    ([{**GOOD, "pattern": "a*"}], 7, "matches empty text"),
])
def test_a_team_editing_the_list_is_told_the_line_and_the_problem(phrases, line, words):
    with pytest.raises(ContentError) as caught:
        parse_rules(loads(_file(phrases)), "language_check.json")
    message = str(caught.value)
    assert message.startswith(f"language_check.json, line {line}: ") and words in message, message


def test_a_syntax_mistake_names_its_line():
    from recovery_desk.content.located_json import LocatedJSONError

    text = _file([GOOD]).replace('"a kinder word"', '"a kinder word" "oops"')
    with pytest.raises(LocatedJSONError) as caught:
        loads(text)
    assert caught.value.line == 9 and "comma is missing" in caught.value.problem
