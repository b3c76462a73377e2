"""On whose behalf (issue 18 item 3): the form, the command and the JSON export all record that
the member took part as a carer or on someone's behalf; the evidence pack counts those hours and
the portfolio says "As a carer", without ever naming the person supported."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtWidgets import QDialog
from pytestqt.qtbot import QtBot

from coprod_desktop.cli import main
from coprod_desktop.core.domain.errors import UserError
from coprod_desktop.core.domain.evidence_views import EvidenceOptions
from coprod_desktop.core.domain.kinds import AttendedAs
from coprod_desktop.core.domain.records import Activity, Organisation
from coprod_desktop.core.io.json_io import export_json
from coprod_desktop.core.services import Services
from coprod_desktop.ui.dialogs.activity import ActivityDialog
from tests.ui.test_dialogs import choose, click, opened, save_button, set_date, type_text


def test_the_activity_form_records_taking_part_as_a_carer(qtbot: QtBot, services: Services) -> None:
    services.organisations.create(Organisation(name="Carers Voice", code="CV"))
    dlg = opened(qtbot, ActivityDialog(services, services.activities.create))
    assert dlg.ui.attendedAs.currentText() == "For myself"  # the default
    assert dlg.ui.attendedAs.accessibleName() == "Took part as"
    set_date(dlg.ui.date, date(2026, 11, 17))
    type_text(qtbot, dlg.ui.title, "Ward round")
    type_text(qtbot, dlg.ui.contact, "60")
    choose(qtbot, dlg.ui.attendedAs, "As a carer")
    click(qtbot, save_button(dlg))
    assert dlg.result() == QDialog.DialogCode.Accepted
    (item,) = services.activities.list()
    assert item.activity.attended_as is AttendedAs.CARER

    # and opening it again shows the choice, which can be changed
    dlg = opened(qtbot, ActivityDialog(services, services.activities.update, item.activity))
    assert dlg.ui.attendedAs.currentText() == "As a carer"
    choose(qtbot, dlg.ui.attendedAs, "On someone")
    click(qtbot, save_button(dlg))
    assert services.activities.get(item.activity.id).attended_as is AttendedAs.ON_BEHALF


def test_the_command_and_the_json_carry_attended_as(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("COPROD_TODAY", "2026-11-22")
    data = tmp_path / "data"

    def run(*args: str) -> int:
        return main(["--data-dir", str(data), *args])

    assert run("init", "--name", "Dafydd") == 0
    assert run("org", "add", "--name", "Carers Voice", "--code", "CV") == 0
    base = ["activity", "add", "--org", "CV", "--date", "2026-11-17", "--contact", "1h30m"]
    assert run(*base, "--title", "Forum", "--attended-as", "carer") == 0
    assert run(*base, "--title", "Appeal hearing", "--attended-as", "on-behalf") == 0
    assert run(*base, "--title", "Panel") == 0
    capsys.readouterr()
    assert run("list", "activities", "--json") == 0
    listed = json.loads(capsys.readouterr().out)
    by_title = {a["title"]: a["attended_as"] for a in listed}
    assert by_title == {"Forum": "carer", "Appeal hearing": "on_behalf", "Panel": "self"}

    assert run("activity", "edit", "3", "--attended-as", "carer") == 0
    capsys.readouterr()
    assert run("report", "evidence", "--json") == 0
    evidence = json.loads(capsys.readouterr().out)
    assert evidence["attended_as"] == {"carer": "3.00", "on_behalf": "1.50"}

    # the full export carries it, and a refused value is one plain sentence that changes nothing
    out = tmp_path / "all.json"
    assert run("export", "json", str(out)) == 0
    exported = json.loads(out.read_text(encoding="utf-8"))
    assert sorted(a["attended_as"] for a in exported["activities"]) == [
        "carer",
        "carer",
        "on_behalf",
    ]
    with pytest.raises(SystemExit) as usage:
        run(*base, "--title", "x", "--attended-as", "friend")
    assert usage.value.code == 2


def test_the_service_refuses_an_unknown_way_of_taking_part(services: Services) -> None:
    org = services.organisations.create(Organisation(name="Carers Voice", code="CV"))
    with pytest.raises(UserError) as caught:
        services.activities.create(
            Activity(org.id, date(2026, 11, 17), "Forum", attended_as="friend")  # type: ignore[arg-type]
        )
    assert caught.value.field == "attended_as"
    assert services.activities.list() == []


def test_evidence_and_portfolio_say_so_without_naming_anyone(services: Services) -> None:
    org = services.organisations.create(Organisation(name="Carers Voice", code="CV"))
    services.activities.create(
        Activity(org.id, date(2026, 11, 17), "Ward round", contact_minutes=90,  # type: ignore[arg-type]
                 attended_as=AttendedAs.CARER)
    )  # fmt: skip
    figures = services.evidence.figures(EvidenceOptions())
    assert (figures.carer_minutes, figures.on_behalf_minutes) == (90, 0)
    data = json.loads(export_json(services))
    assert data["activities"][0]["attended_as"] == "carer"
