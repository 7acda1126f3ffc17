from datetime import date

import pytest

from recovery_desk.domain.dates import DateInputError, add_months, age_on, parse_uk_date, uk_date
from recovery_desk.domain.errors import ValidationFailed
from recovery_desk.domain.nhs import InvalidNhsNumber, format_nhs_number, normalise_nhs_number, synthetic_nhs_number
from recovery_desk.domain.passwords import check_secret, hash_secret, lockout_after, verify_secret
from recovery_desk.domain.people import PersonDraft, clean_person
from recovery_desk.domain.text import clean_text

TODAY = date(2026, 11, 21)


class TestNhsNumber:
    def test_accepts_valid_number_with_spaces(self):
        assert normalise_nhs_number("943 476 5919") == "9434765919"

    def test_blank_is_none(self):
        assert normalise_nhs_number("  ") is None

    @pytest.mark.parametrize("digit", "0123456789")
    def test_rejects_all_same_digit(self, digit):
        with pytest.raises(InvalidNhsNumber, match="all the digits are the same"):
            normalise_nhs_number(digit * 10)

    def test_rejects_wrong_check_digit(self):
        with pytest.raises(InvalidNhsNumber, match="check digit"):
            normalise_nhs_number("9434765918")

    @pytest.mark.parametrize("raw", ["12345", "94347659191", "94347G5919", "９４３４７６５９１９"])
    def test_rejects_wrong_shape(self, raw):
        with pytest.raises(InvalidNhsNumber, match="10 digits"):
            normalise_nhs_number(raw)

    def test_format(self):
        assert format_nhs_number("9434765919") == "943 476 5919"

    def test_synthetic_numbers_are_valid_and_in_the_test_range(self):
        numbers = {synthetic_nhs_number(i) for i in range(500)}
        assert all(n.startswith("999") and normalise_nhs_number(n) == n for n in numbers)


class TestDates:
    @pytest.mark.parametrize("text,expected", [
        ("21/11/2026", date(2026, 11, 21)), ("1-2-1987", date(1987, 2, 1)),
        ("01.02.63", date(1963, 2, 1)), ("", None),
    ])
    def test_parse(self, text, expected):
        assert parse_uk_date(text) == expected

    @pytest.mark.parametrize("text", ["31/02/2020", "2020-01-01x", "13/13/2013", "tomorrow", "1/1/12345"])
    def test_parse_rejects(self, text):
        with pytest.raises(DateInputError):
            parse_uk_date(text)

    def test_uk_format_and_age(self):
        assert uk_date(date(2026, 1, 5)) == "05/01/2026"
        assert age_on(date(2000, 11, 22), TODAY) == 25
        assert age_on(date(2000, 11, 21), TODAY) == 26

    def test_add_months_clamps_to_month_end(self):
        assert add_months(date(2026, 8, 31), 6) == date(2027, 2, 28)
        assert add_months(date(2026, 1, 15), -2) == date(2025, 11, 15)


class TestText:
    def test_clean_single_line_folds_whitespace_and_controls(self):
        assert clean_text("  Zoë\n  \x00Quill\tfeather \u200f ") == "Zoë Quill feather \u200f".strip()

    def test_multiline_keeps_newlines(self):
        assert clean_text("line one\r\nline two\x07", multiline=True) == "line one\nline two"

    def test_normalises_to_nfc(self):
        assert clean_text("Sia\u0302n") == "Siân"


class TestPersonRules:
    def test_minimal_person_is_cleaned(self):
        clean = clean_person(PersonDraft(given_name="  Siân ", family_name="Puddleby"), TODAY)
        assert (clean.given_name, clean.family_name, clean.opened_on) == ("Siân", "Puddleby", TODAY)

    def test_every_problem_is_reported_at_once(self):
        with pytest.raises(ValidationFailed) as caught:
            clean_person(PersonDraft(given_name="", family_name="x" * 10_000, nhs_number="0000000000",
                                     date_of_birth=date(2030, 1, 1), email="not-an-email"), TODAY)
        assert set(caught.value.problems) == {"given_name", "family_name", "nhs_number", "date_of_birth", "email"}
        assert "10,000 characters" in caught.value.problems["family_name"]

    def test_impossibly_old(self):
        with pytest.raises(ValidationFailed, match="older than 120"):
            clean_person(PersonDraft(given_name="A", family_name="B", date_of_birth=date(1890, 1, 1)), TODAY)


class TestPasswords:
    def test_hash_round_trip_and_salted(self):
        first, second = hash_secret("a long passphrase"), hash_secret("a long passphrase")
        assert first != second
        assert verify_secret("a long passphrase", first)
        assert not verify_secret("a long passphrasE", first)
        assert not verify_secret("anything", None)

    @pytest.mark.parametrize("pin,ok", [("12345", False), ("111111", False), ("123456", False), ("402917", True)])
    def test_pin_rules(self, pin, ok):
        assert (check_secret(pin, "pin") is None) is ok

    def test_short_password_rejected(self):
        assert check_secret("short", "password")

    def test_lockout_doubles_and_caps(self):
        from datetime import datetime, timedelta, timezone

        now = datetime(2026, 1, 1, tzinfo=timezone.utc)
        assert lockout_after(4, now) is None
        assert lockout_after(5, now) == now + timedelta(seconds=30)
        assert lockout_after(6, now) == now + timedelta(seconds=60)
        assert lockout_after(50, now) == now + timedelta(minutes=30)
