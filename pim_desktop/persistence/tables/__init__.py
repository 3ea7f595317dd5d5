"""The database tables, typed in SQLAlchemy 2.0 style, one module per feature on one metadata.

Importing this package registers every table on ``Base.metadata``, which Alembic compares
against the migrations.
"""

from __future__ import annotations

from pim_desktop.persistence.tables import network_activities as network_activities
from pim_desktop.persistence.tables.action_plan import (
    ActionFundingRow,
    ActionIndicatorRow,
    ActionMeetingRow,
    ActionPartnerRow,
    ActionPlanRow,
    ActionRiskRow,
    ObjectiveRow,
    PlanActionRow,
)
from pim_desktop.persistence.tables.applications import (
    ApplicationChangeRow,
    ApplicationExportRow,
    ApplicationPrintRow,
    ApplicationRow,
    SignatureFileRow,
)
from pim_desktop.persistence.tables.base import NAMING_CONVENTION, Base, TeamEdited, aware, utc_now
from pim_desktop.persistence.tables.city import CityProfileRow, ContactPersonRow
from pim_desktop.persistence.tables.meetings import (
    AgendaItemRow,
    DecisionRow,
    GuestRow,
    InvitationRow,
    MeetingAttachmentRow,
    MeetingRow,
    TaskRow,
)
from pim_desktop.persistence.tables.network import (
    NetworkCityRow,
    NetworkMeetingCityRow,
    NetworkRow,
    RecommendationCityRow,
    RecommendationRow,
)
from pim_desktop.persistence.tables.partnership import MemberPersonRow, PartnershipMemberRow
from pim_desktop.persistence.tables.proofs import SubmissionProofRow
from pim_desktop.persistence.tables.team import EditingPresenceRow, RecordChangeRow

__all__ = [
    "NAMING_CONVENTION",
    "ActionFundingRow",
    "ActionIndicatorRow",
    "ActionMeetingRow",
    "ActionPartnerRow",
    "ActionPlanRow",
    "ActionRiskRow",
    "AgendaItemRow",
    "ApplicationChangeRow",
    "ApplicationExportRow",
    "ApplicationPrintRow",
    "ApplicationRow",
    "Base",
    "CityProfileRow",
    "ContactPersonRow",
    "DecisionRow",
    "EditingPresenceRow",
    "GuestRow",
    "InvitationRow",
    "MeetingAttachmentRow",
    "MeetingRow",
    "MemberPersonRow",
    "NetworkCityRow",
    "NetworkMeetingCityRow",
    "NetworkRow",
    "ObjectiveRow",
    "PartnershipMemberRow",
    "PlanActionRow",
    "RecommendationCityRow",
    "RecommendationRow",
    "RecordChangeRow",
    "SignatureFileRow",
    "SubmissionProofRow",
    "TaskRow",
    "TeamEdited",
    "aware",
    "utc_now",
]
