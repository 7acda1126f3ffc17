"""All ORM models, importable from one place (Alembic's autogenerate reads ``Base.metadata``)."""
from recovery_desk.store.models.assessment import (
    Assessment,
    AssessmentAnswer,
    AssessmentIndicator,
    CheckinRating,
    TimelineEvent,
)
from recovery_desk.store.models.audit import GENESIS_HASH, AuditEvent, AuditHead
from recovery_desk.store.models.base import Base, Tracked
from recovery_desk.store.models.crisis_plan import CrisisPlan, CrisisPlanCopy, CrisisPlanSection
from recovery_desk.store.models.goals import Goal, GoalNote, GoalStep, RiskPlan
from recovery_desk.store.models.meetings import (
    Action,
    AgendaItem,
    HatWearing,
    Meeting,
    MeetingAttendee,
    ReviewNote,
    ReviewRequest,
)
from recovery_desk.store.models.measures import MeasureCompletion, MeasureDefinitionFile
from recovery_desk.store.models.person import Person, Supporter
from recovery_desk.store.models.team import Staff, Team

__all__ = [
    "Base", "Tracked", "Team", "Staff", "Person", "Supporter", "AuditEvent", "AuditHead",
    "GENESIS_HASH", "CrisisPlan", "CrisisPlanSection", "CrisisPlanCopy", "Goal", "GoalStep", "GoalNote",
    "RiskPlan",
    "Assessment", "AssessmentAnswer", "AssessmentIndicator", "CheckinRating", "TimelineEvent",
    "Meeting", "MeetingAttendee", "HatWearing", "AgendaItem", "ReviewNote", "Action", "ReviewRequest",
    "MeasureDefinitionFile", "MeasureCompletion",
]
