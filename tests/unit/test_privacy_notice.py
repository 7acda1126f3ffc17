"""The privacy notice says what is stored (every kind of record), where, how it is protected,
how long it is kept, and that nothing leaves the computer, for a laptop and a team server."""
from __future__ import annotations

import re
from html import unescape

import pytest

from recovery_desk.gui.about import STORED_RECORDS, privacy_notice
from recovery_desk.store.models import Base


def plain(html: str) -> str:
    return " ".join(unescape(re.sub(r"<[^>]+>", " ", html)).split()).lower()


LOCAL = plain(privacy_notice("On this computer (encrypted)", local=True, retention_years=20))
SERVER = plain(privacy_notice("Team server db.trust.nhs.uk:5432/recovery_desk", local=False, retention_years=25))


def test_every_table_in_the_database_is_named_in_the_notice():
    missing = sorted(set(Base.metadata.tables) - set(STORED_RECORDS))
    assert missing == [], (f"the privacy notice does not say that {missing} are stored: add them to "
                           "STORED_RECORDS in gui/about.py, and to the notice's list")


@pytest.mark.parametrize("table", sorted(STORED_RECORDS))
def test_each_stored_record_type_is_mentioned_in_both_notices(table):
    words = " ".join(STORED_RECORDS[table].split()).lower()
    assert words in LOCAL and words in SERVER, table


def test_the_laptop_notice_says_where_how_protected_and_that_nothing_leaves():
    for words in ("on this computer (encrypted)", "sqlcipher", "256-bit", "password store, never in a file",
                  "nothing leaves this computer", "never uses the internet", "locks itself",
                  "kept for 20 years after the last contact", "nothing is deleted automatically",
                  "two members of staff", "a copy of everything held about them", "recorded in the audit trail"):
        assert words in LOCAL, words


def test_the_team_server_notice_does_not_claim_laptop_encryption():
    for words in ("team server db.trust.nhs.uk:5432/recovery_desk", "postgresql", "trust's it department",
                  "nothing leaves the trust's network", "never to the internet", "kept for 25 years",
                  "password for the server is kept in this computer's own password store"):
        assert words in SERVER, words
    assert "sqlcipher" not in SERVER and "nothing leaves this computer" not in SERVER


def test_the_place_is_escaped():
    assert "<b>x</b>" not in privacy_notice("<b>x</b>")
