"""How each page of the main window is made, so the window can make one only when it is shown.

Every builder imports its page's module itself: the window opens on the dashboard without
importing (or loading the data of) the seven other pages.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QWidget

from pim_desktop.ui.app_events import AppEvents

if TYPE_CHECKING:
    from pim_desktop.context import AppContext
    from pim_desktop.services.team_live import TeamLive
    from pim_desktop.ui.main_window import MainWindow
    from pim_desktop.ui.meetings.meetings_page import MeetingsPage

PageBuilder = Callable[["MainWindow", "AppContext", AppEvents], QWidget]
# Where attached files are copied under their own names for the system's viewer to open.
OPENED_FILES = "otwarte-zalaczniki"


def _dashboard(window: MainWindow, context: AppContext, events: AppEvents) -> QWidget:
    from pim_desktop.ui.city.dashboard_page import DashboardPage, DashboardSources

    def sources() -> DashboardSources:
        return DashboardSources(context.city_profile, context.applications, context.meetings)

    page = DashboardPage(sources, events, first_look=window.first_look)
    page.edit_profile_requested.connect(lambda: window.show_page_key("city_profile"))
    return page


def _has_applications(context: AppContext) -> bool:
    """Whether the city has begun an application; while the team database's server is away
    the first-steps note is not shown rather than asking it."""
    from pim_desktop.services.errors import StorageError

    try:
        return bool(context.applications.summaries())
    except StorageError:
        return True


def _city_profile(window: MainWindow, context: AppContext, events: AppEvents) -> QWidget:
    from pim_desktop.ui.city.city_profile_page import CityProfilePage

    page = CityProfilePage(
        context.city_profile,
        events,
        read_only=context.read_only,
        has_applications=lambda: _has_applications(context),
    )
    # A colleague's edit comes as ``city_profile_saved`` and shows in the fields not being edited.
    page.first_steps.first_application_requested.connect(window.on_first_application_requested)
    if context.team_journal is not None:
        from pim_desktop.ui.common.journaled_save import JournaledSaves

        page.saves.journaled = JournaledSaves(context.team_journal, events)
    return page


def _applications(window: MainWindow, context: AppContext, events: AppEvents) -> QWidget:
    from pim_desktop.ui.applications.applications_page import ApplicationsPage

    page = ApplicationsPage(
        context.applications,
        events,
        context.packages,
        window.runner,
        read_only=context.read_only,
        signing=context.signing,
        exports=context.exports,
        prepare=window.prepare_for_data_change,
        partnership=context.partnership,
        sending=(context.sending, context.proofs),
        team=context.team_live,
        journal=context.team_journal,
    )
    if context.team_live is not None:
        from pim_desktop.domain.team_notices import APPLICATIONS
        from pim_desktop.ui.team.remote_changes import refresh_on_changes

        refresh_on_changes(events, APPLICATIONS, page.refresh)
    return page


def _partnership(window: MainWindow, context: AppContext, events: AppEvents) -> QWidget:
    from pim_desktop.ui.partnership.partnership_page import PartnershipPage

    page = PartnershipPage(
        context.partnership, events, read_only=context.read_only, journal=context.team_journal
    )
    if context.team_live is not None:
        from pim_desktop.domain.team_notices import MEMBERS_SCOPE
        from pim_desktop.ui.team.presence_line import add_presence_line

        add_presence_line(page, context.team_live, events, MEMBERS_SCOPE)
    return page


def _meetings(window: MainWindow, context: AppContext, events: AppEvents) -> QWidget:
    from pim_desktop.ui.meetings.meetings_page import MeetingsPage

    page = MeetingsPage(
        context.meetings,
        context.partnership,
        events,
        context.paths.cache_dir / OPENED_FILES,
        read_only=context.read_only,
        runner=window.runner,
        journal=context.team_journal,
    )
    if context.team_live is not None:
        _mark_the_shown_meeting(page, context.team_live, events)
    return page


def _mark_the_shown_meeting(page: MeetingsPage, live: TeamLive, events: AppEvents) -> None:
    """The meetings page marks the meeting it shows (``meeting:<id>``) as being edited."""
    from pim_desktop.domain.team_notices import meeting_scope
    from pim_desktop.ui.team.presence_line import add_presence_line

    line = add_presence_line(page, live, events, "")

    def follow_selection() -> None:
        meeting_id = page.selected_meeting_id()
        line.set_scope(meeting_scope(meeting_id) if meeting_id is not None else "")

    page.table.selectionModel().selectionChanged.connect(follow_selection)
    follow_selection()


def _action_plan(window: MainWindow, context: AppContext, events: AppEvents) -> QWidget:
    from pim_desktop.ui.action_plan.action_plan_page import ActionPlanPage

    page = ActionPlanPage(
        context.action_plan,
        events,
        read_only=context.read_only,
        runner=window.runner,
        journal=context.team_journal,
    )
    if context.team_live is not None:
        from pim_desktop.domain.team_notices import ACTION_PLAN_SCOPE
        from pim_desktop.ui.team.presence_line import add_presence_line

        add_presence_line(page, context.team_live, events, ACTION_PLAN_SCOPE)
    return page


def _network(window: MainWindow, context: AppContext, events: AppEvents) -> QWidget:
    from pim_desktop.ui.network.network_page import NetworkPage

    return NetworkPage(
        context.network,
        context.improvement_plan,
        events,
        activities=context.network_activities,
        capacity=context.capacity,
        read_only=context.read_only,
        runner=window.runner,
        open_folder=context.paths.cache_dir / OPENED_FILES,
    )


def _settings(window: MainWindow, context: AppContext, events: AppEvents) -> QWidget:
    from pim_desktop.ui.settings_page import SettingsPage

    page = SettingsPage(
        context.settings,
        events,
        context.backups,
        context.data_folder,
        window.prepare_for_data_change,
        signing=context.signing,
        team=(context.team_settings, context.team_database),
        read_only=context.read_only,
        runner=window.runner,
    )
    # The data now live elsewhere: the window closes, the next start opens them there.
    page.data_folder.move_finished.connect(window.close)
    return page


PAGE_BUILDERS: dict[str, PageBuilder] = {
    "dashboard": _dashboard,
    "city_profile": _city_profile,
    "applications": _applications,
    "partnership": _partnership,
    "meetings": _meetings,
    "action_plan": _action_plan,
    "network": _network,
    "settings": _settings,
}
