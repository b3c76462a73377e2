"""List pages: what services list is what the page shows, filtered as the member types."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING, Any

import pytest
from PySide6.QtCore import QDate, QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from coprod_desktop.core.domain.money import total
from coprod_desktop.core.domain.views import ActivityFilter, ClaimFilter, ExpenseFilter
from coprod_desktop.core.services import Services
from coprod_desktop.ui.main_window import MainWindow
from coprod_desktop.ui.models import RECORD_ROLE, SORT_ROLE
from coprod_desktop.ui.record_models import ActivitiesModel

if TYPE_CHECKING:
    from tests.ui.conftest import Seed


def type_text(widget: QWidget, text: str) -> None:
    """Type any text, one key event per character (qtbot.keyClicks aborts on ŵ, ł, é)."""
    for ch in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(
                widget, QKeyEvent(kind, Qt.Key.Key_unknown, Qt.KeyboardModifier.NoModifier, ch)
            )


def shown_ids(page: object) -> set[int]:
    return {page.record_of(item).id for item in page.model.shown()}  # type: ignore[attr-defined]


def test_activities_page_shows_what_the_service_lists(
    window: MainWindow, services: Services, seed: Seed
) -> None:
    window.go_to(1)
    page = window.activities
    expected = services.activities.list()
    assert shown_ids(page) == {item.activity.id for item in expected}
    fees = total(item.fee for item in expected)
    assert fees.display() in page.ui.totalsLabel.text()
    assert f"Shown: {len(expected)} activities" in page.ui.totalsLabel.text()


def test_search_filters_as_you_type_and_totals_follow(
    window: MainWindow, services: Services, seed: Seed, qtbot: QtBot
) -> None:
    window.go_to(1)
    page = window.activities
    qtbot.keyClicks(page.ui.searchEdit, "interview")
    expected = services.activities.list(ActivityFilter(search="interview"))
    assert len(expected) == 2
    assert shown_ids(page) == {item.activity.id for item in expected}
    totals = page.ui.totalsLabel.text()
    assert "Shown: 2 activities" in totals
    assert total(item.fee for item in expected).display() in totals
    assert "more hidden by the filters" in totals


def test_search_takes_welsh_letters(window: MainWindow, services: Services, seed: Seed) -> None:
    window.go_to(1)
    page = window.activities
    type_text(page.ui.searchEdit, "grŵp")
    assert page.ui.searchEdit.text() == "grŵp"
    expected = services.activities.list(ActivityFilter(search="grŵp"))
    assert len(expected) == 1
    assert shown_ids(page) == {expected[0].activity.id}


def test_organisation_and_date_filters_match_the_service(
    window: MainWindow, services: Services, seed: Seed
) -> None:
    window.go_to(2)
    page = window.expenses
    combo = page.ui.orgCombo
    combo.setCurrentIndex(combo.findData(seed.llyr.id))
    expected = services.expenses.list(ExpenseFilter(organisation_id=seed.llyr.id))
    assert shown_ids(page) == {item.expense.id for item in expected}
    assert total(i.amount for i in expected).display() in page.ui.totalsLabel.text()

    window.go_to(1)
    page = window.activities
    page.ui.fromCheck.setChecked(True)
    page.ui.fromDate.setDate(QDate(2026, 11, 1))
    page.ui.toCheck.setChecked(True)
    page.ui.toDate.setDate(QDate(2026, 11, 15))
    expected_acts = services.activities.list(
        ActivityFilter(date_from=date(2026, 11, 1), date_to=date(2026, 11, 15))
    )
    assert len(expected_acts) == 2
    assert shown_ids(page) == {item.activity.id for item in expected_acts}


def test_claims_status_filter_shows_overdue(
    window: MainWindow, services: Services, seed: Seed
) -> None:
    window.go_to(3)
    page = window.claims
    combo = page.ui.statusCombo
    combo.setCurrentIndex(combo.findData("overdue"))
    expected = services.claims.list(ClaimFilter(overdue_only=True))
    assert [i.claim.number for i in page.model.shown()] == [i.claim.number for i in expected]
    assert [seed.overdue_claim] == [i.claim.number for i in expected]
    row_text = page.model.index(0, page.model.STATUS).data()
    assert "days late" in row_text  # lateness in words, not only in colour


def test_sorting_uses_native_values(window: MainWindow, seed: Seed) -> None:
    window.go_to(1)
    page = window.activities
    model = page.model
    assert isinstance(model.index(0, ActivitiesModel.DATE).data(SORT_ROLE), date)
    page.ui.tableView.sortByColumn(ActivitiesModel.TIME, Qt.SortOrder.AscendingOrder)
    minutes = [
        model.index(r, ActivitiesModel.TIME).data(SORT_ROLE) for r in range(model.rowCount())
    ]
    assert minutes == sorted(minutes)
    assert model.index(0, ActivitiesModel.TIME).data(RECORD_ROLE).activity.total_minutes == 45


def test_organisations_page_lists_and_searches(
    window: MainWindow, services: Services, seed: Seed, qtbot: QtBot
) -> None:
    window.go_to(5)
    page = window.organisations
    assert page.model.rowCount() == 2
    qtbot.keyClicks(page.ui.searchEdit, "RNT")
    assert shown_ids(page) == {seed.riverside.id}
    assert not page.ui.orgCombo.isVisibleTo(page)


def test_agreements_page_shows_terms_in_words(window: MainWindow, seed: Seed) -> None:
    window.go_to(4)
    page = window.agreements
    assert page.model.rowCount() == 1
    text = page.model.index(0, page.model.TERMS).data()
    assert "Hourly £25.00" in text
    assert page.model.index(0, page.model.ORGANISATION).data() == "Riverside NHS Trust"


def test_the_sort_arrow_points_the_way_a_newest_first_list_runs(
    monkeypatch: pytest.MonkeyPatch, qapp: Any
) -> None:
    """Qt asks for "sort up" on a descending sort; the window's style turns it to a ▼."""
    from PySide6.QtGui import QImage, QPainter
    from PySide6.QtWidgets import QProxyStyle, QStyle, QStyleOptionHeader

    from coprod_desktop.ui.theme import WindowStyle

    drawn: list[Any] = []
    monkeypatch.setattr(
        QProxyStyle,
        "drawPrimitive",
        lambda self, element, option, painter, widget=None: drawn.append(option.sortIndicator),
    )
    style = WindowStyle()
    image = QImage(20, 20, QImage.Format.Format_ARGB32)
    painter = QPainter(image)
    for asked in (
        QStyleOptionHeader.SortIndicator.SortUp,
        QStyleOptionHeader.SortIndicator.SortDown,
    ):
        option = QStyleOptionHeader()
        option.sortIndicator = asked
        style.drawPrimitive(QStyle.PrimitiveElement.PE_IndicatorHeaderArrow, option, painter)
    painter.end()
    assert drawn == [
        QStyleOptionHeader.SortIndicator.SortDown,
        QStyleOptionHeader.SortIndicator.SortUp,
    ]


def test_menu_items_get_room_for_their_whole_text(qapp: Any) -> None:
    """Fusion sizes a menu item a hair narrower than its text at large text sizes (letters
    went missing from the middle at 200%); the window's style adds a character of room."""
    from PySide6.QtCore import QSize
    from PySide6.QtWidgets import QStyle, QStyleFactory, QStyleOptionMenuItem

    from coprod_desktop.ui.theme import WindowStyle

    option = QStyleOptionMenuItem()
    option.text = "&Save a whole copy of my records…"
    option.menuItemType = QStyleOptionMenuItem.MenuItemType.Normal
    size = QSize(option.fontMetrics.horizontalAdvance(option.text), 20)
    fusion = QStyleFactory.create("Fusion")
    plain = fusion.sizeFromContents(QStyle.ContentsType.CT_MenuItem, option, size)
    ours = WindowStyle().sizeFromContents(QStyle.ContentsType.CT_MenuItem, option, size)
    assert ours.width() == plain.width() + option.fontMetrics.averageCharWidth()
    assert ours.height() == plain.height()
