"""The Documents page's group evidence: an advocate picks bundles with a file dialog, ticks an
organisation, makes the pack (with progress and Cancel); a member reads what a bundle holds
before it is written."""

from __future__ import annotations

import io
import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QFileDialog, QMessageBox
from pytestqt.qtbot import QtBot

from coprod_desktop.core.domain.progress import Cancelled
from coprod_desktop.core.io.evidence_bundle import export_bundle
from coprod_desktop.ui.main_window import ROW, MainWindow
from coprod_desktop.ui.pages.documents import KINDS, DocumentsPage
from tests.core.group_helpers import SMALL, TRUST, make_trust_member
from tests.ui.conftest import Seed


@pytest.fixture(scope="module")
def bundle_files(tmp_path_factory: pytest.TempPathFactory) -> Iterator[list[str]]:
    folder = tmp_path_factory.mktemp("bundles")
    files = []
    for n in range(3):
        sv, _ = make_trust_member(folder / f"data{n}", n)
        path = folder / f"member{n}.json"
        path.write_bytes(export_bundle(sv))
        sv.close()
        files.append(str(path))
    yield files


def open_group(window: MainWindow) -> DocumentsPage:
    window.go_to(ROW["Documents"])
    page = window.documents
    page.ui.documentList.setCurrentRow([k.key for k in KINDS].index("group"))
    return page


def pick(page: DocumentsPage, files: list[str], monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(
        QFileDialog, "getOpenFileNames", staticmethod(lambda *a, **k: (files, "Evidence"))
    )
    page.ui.pickBundles.click()


def test_a_group_pack_from_bundles_picked_in_a_file_dialog(
    qtbot: QtBot,
    window: MainWindow,
    seed: Seed,
    bundle_files: list[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    page = open_group(window)
    ui = page.ui
    assert ui.pickBundles.isVisible() and ui.groupOrgList.isVisible()
    assert not ui.orgCombo.isVisible() and not ui.exportBundle.isVisible()
    pick(page, bundle_files, monkeypatch)
    assert ui.bundlesChosen.text() == "3 bundles picked."
    listed = [ui.groupOrgList.item(i).text() for i in range(ui.groupOrgList.count())]
    assert listed[0] == f"{TRUST[1]} ({TRUST[0]}): 3 of 3"
    assert f"{SMALL[1]} ({SMALL[0]}): 2 of 3 (too few to be named in the pack)" in listed
    ui.groupOrgList.item(0).setCheckState(Qt.CheckState.Checked)
    ui.fromCheck.setChecked(True)
    ui.fromDate.setDate(QDate(2017, 4, 6))
    seen: list[tuple[int, int]] = []
    page._relay.step.connect(lambda done, total: seen.append((done, total)))
    qtbot.mouseClick(ui.makeButton, Qt.MouseButton.LeftButton)
    assert page.pdf is not None, ui.status.text()
    text = " ".join(p.extract_text() for p in PdfReader(io.BytesIO(page.pdf)).pages)
    assert "Northshire Health Trust (NST)" in text and "3 of 3 members affected" in text
    assert "Organisations asked for: NST" in text and SMALL[1] not in text
    assert len(seen) >= 5  # reading each bundle, then each part of the pack
    assert ui.status.text().startswith("Group evidence pack:")


def test_cancel_and_a_bad_bundle(
    qtbot: QtBot,
    window: MainWindow,
    seed: Seed,
    bundle_files: list[str],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    page = open_group(window)
    qtbot.mouseClick(page.ui.makeButton, Qt.MouseButton.LeftButton)
    assert page.pdf is None and "Pick the members' bundles first" in page.ui.status.text()

    bad = tmp_path / "holiday.json"
    bad.write_text(json.dumps({"format": "coprod-evidence-bundle", "version": 1}))
    pick(page, [*bundle_files, str(bad)], monkeypatch)
    assert "The bundle holiday.json cannot be used" in page.ui.status.text()
    assert page.ui.bundlesChosen.text() == "No bundles picked yet."

    pick(page, bundle_files, monkeypatch)
    page._relay.step.connect(lambda done, total: page.cancel() if done >= 1 else None)
    caught: list[BaseException] = []
    original = page._failed
    monkeypatch.setattr(page, "_failed", lambda job, e: (caught.append(e), original(job, e)))
    qtbot.mouseClick(page.ui.makeButton, Qt.MouseButton.LeftButton)
    assert page.pdf is None
    assert isinstance(caught[0], Cancelled)
    assert page.ui.status.text() == "Cancelled: no PDF was made and nothing was saved."


def test_a_member_reads_what_their_bundle_holds_before_it_is_saved(
    window: MainWindow, seed: Seed, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    window.go_to(ROW["Documents"])
    page = window.documents
    page.ui.documentList.setCurrentRow([k.key for k in KINDS].index("evidence"))
    assert page.ui.exportBundle.isVisible()
    shown: list[str] = []
    answers = iter([QMessageBox.StandardButton.Cancel, QMessageBox.StandardButton.Save])

    def exec_box(box: QMessageBox) -> QMessageBox.StandardButton:
        shown.append(box.informativeText())
        return next(answers)

    monkeypatch.setattr(QMessageBox, "exec", exec_box)
    target = tmp_path / "mine.json"
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(target), ""))
    )
    page.ui.exportBundle.click()
    assert not target.exists() and page.ui.status.text() == "Not exported: nothing was written."
    assert "It does not hold your name" in shown[0] and "Riverside NHS Trust" in shown[0]
    page.ui.exportBundle.click()
    assert json.loads(target.read_bytes())["version"] == 2
    assert page.ui.status.text().startswith("Bundle saved as")


def test_the_group_options_fit_a_small_laptop_at_200_percent(
    window: MainWindow,
    seed: Seed,
    theme: Any,
    bundle_files: list[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from coprod_desktop.ui.theme import Appearance

    theme.apply(Appearance(200))
    page = open_group(window)
    pick(page, bundle_files, monkeypatch)
    hint = window.minimumSizeHint()
    assert hint.width() <= 1366 and hint.height() <= 768, hint
    # Three organisations' room in the list, whatever the text size.
    rows = page.ui.groupOrgList.fontMetrics().lineSpacing()
    assert page.ui.groupOrgList.minimumHeight() >= 3 * rows
