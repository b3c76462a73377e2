"""Settings: the member chooses the benefit limits to watch (several at once) and enters the
weekly deductions Carer's Allowance allows; a wrong figure is one sentence and saves nothing."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QCheckBox
from pytestqt.qtbot import QtBot

from coprod_desktop.core.domain.money import Money
from coprod_desktop.core.services import Services
from coprod_desktop.ui.main_window import MainWindow
from tests.ui.test_dialogs import click, type_text


def tick(qtbot: QtBot, check: QCheckBox) -> None:
    """Space on the focused box, as a keyboard user ticks it."""
    check.setFocus()
    qtbot.keyClick(check, Qt.Key.Key_Space)


def test_a_carer_watches_two_limits_and_enters_deductions(
    qtbot: QtBot, window: MainWindow, services: Services
) -> None:
    window.go_to(7)
    box = window.settings.watch_box
    assert box.isVisibleTo(window)
    assert not window.settings.ui.benefitsCombo.isVisibleTo(window)  # superseded by the box
    assert not box.amounts["care_costs"].isEnabled()  # until Carer's Allowance is ticked
    tick(qtbot, box.checks["carers-allowance"])
    tick(qtbot, box.checks["esa"])
    assert box.amounts["care_costs"].isEnabled()
    type_text(qtbot, box.amounts["pension_contributions"], "20.00")
    type_text(qtbot, box.amounts["care_costs"], "£35")
    box.weeks.setValue(5)
    click(qtbot, box.save_button)
    watch = services.benefit_watch.get()
    assert watch.kinds == ("carers-allowance", "esa")  # in the order ticked
    assert watch.carers.pension_contributions == Money(2000)
    assert watch.carers.care_costs == Money(3500)
    assert watch.carers.averaging_weeks == 5
    assert services.profile.get().benefits_kind == "esa"  # the profile's one choice follows
    assert [p.kind for p in services.summaries.dashboard().benefit_positions] == [
        "carers-allowance",
        "esa",
    ]

    # a figure that is not money: one sentence naming the field, and nothing changes
    box.amounts["income_tax"].setText("lots")
    click(qtbot, box.save_button)
    assert box.error.isVisibleTo(window)
    assert "income tax" in box.error.text() and "12.50" in box.error.text()
    assert services.benefit_watch.get() == watch

    # the UC options follow the Universal Credit tick
    ui = window.settings.ui
    assert not ui.ucDaySpin.isEnabled()
    tick(qtbot, box.checks["uc"])
    assert ui.ucDaySpin.isEnabled()
