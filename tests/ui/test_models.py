"""Table models tested without any view: columns, roles, filtering and sorting."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt

from coprod_desktop.core.domain.money import Money
from coprod_desktop.core.domain.records import Activity, Organisation
from coprod_desktop.core.domain.views import ActivityItem
from coprod_desktop.ui.models import RECORD_ROLE, SORT_ROLE, RecordFilter
from coprod_desktop.ui.record_models import ActivitiesModel, OrganisationsModel


def item(ident: int, day: date, title: str, fee: int, org: int = 1, claim: str | None = None):
    activity = Activity(org, day, title, contact_minutes=ident * 30, id=ident)
    return ActivityItem(
        activity, f"Org {org}", f"O{org}", Money(fee), "paid", ident * 30, Money(fee), claim
    )


ITEMS = [
    item(1, date(2026, 3, 1), "Panel", 2500),
    item(2, date(2026, 1, 5), "Teaching", 900, org=2, claim="O2-2026-001"),
    item(3, date(2026, 2, 9), "Steering group", 12000),
]


def test_columns_and_roles(qapp: object) -> None:
    model = ActivitiesModel()
    model.set_items(ITEMS)
    assert model.columnCount() == 7
    assert model.headerData(ActivitiesModel.FEE, Qt.Orientation.Horizontal) == "Fee"
    index = model.index(0, ActivitiesModel.FEE)
    assert index.data() == "£25.00"
    assert index.data(SORT_ROLE) == 2500
    assert index.data(RECORD_ROLE) is ITEMS[0]
    assert model.index(0, ActivitiesModel.DATE).data() == "1 Mar 2026"
    assert model.index(1, ActivitiesModel.STATUS).data() == "Claimed (O2-2026-001)"


def test_sort_uses_the_native_value_not_the_text(qapp: object) -> None:
    model = ActivitiesModel()
    model.set_items(ITEMS)
    model.sort(ActivitiesModel.FEE, Qt.SortOrder.AscendingOrder)
    # as text "£120.00" < "£25.00" < "£9.00"; as pence 900 < 2500 < 12000
    assert [i.fee.pence for i in model.shown()] == [900, 2500, 12000]
    model.sort(ActivitiesModel.DATE, Qt.SortOrder.DescendingOrder)
    assert [i.activity.id for i in model.shown()] == [1, 3, 2]


def test_filters_combine_and_keep_the_sort(qapp: object) -> None:
    model = ActivitiesModel()
    model.set_items(ITEMS)
    model.sort(ActivitiesModel.DATE, Qt.SortOrder.AscendingOrder)
    model.set_filter(RecordFilter(date_from=date(2026, 2, 1)))
    assert [i.activity.id for i in model.shown()] == [3, 1]
    model.set_filter(RecordFilter(search="ORG 2"))
    assert [i.activity.id for i in model.shown()] == [2]
    model.set_filter(RecordFilter(status="unclaimed", organisation_id=1))
    assert [i.activity.id for i in model.shown()] == [3, 1]
    assert len(model.all_items()) == 3


def test_resets_are_announced(qapp: object) -> None:
    model = OrganisationsModel()
    resets: list[bool] = []
    model.modelReset.connect(lambda: resets.append(True))
    model.set_items([Organisation(name="Mind", code="MIND", id=1)])
    assert resets == [True]
    assert model.rowCount() == 1
