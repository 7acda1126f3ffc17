"""Background work holds cyclic garbage collection off; it resumes when the last piece ends."""
import gc

import pytest

from recovery_desk.gui import collector


@pytest.fixture(autouse=True)
def collection_on():
    gc.enable()
    yield
    gc.enable()


def test_overlapping_holds_resume_collection_only_after_the_last():
    collector.hold()
    collector.hold()
    assert not gc.isenabled()
    collector.release()
    assert not gc.isenabled()
    collector.release()
    assert gc.isenabled()


def test_a_failure_inside_still_releases():
    with pytest.raises(ValueError), collector.held():
        assert not gc.isenabled()
        raise ValueError("work failed")
    assert gc.isenabled()


def test_collection_left_off_by_someone_else_stays_off():
    gc.disable()
    with collector.held():
        pass
    assert not gc.isenabled()


def test_a_stray_release_changes_nothing():
    collector.release()
    assert gc.isenabled()
