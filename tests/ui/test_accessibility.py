"""Accessibility of the window: names for every focusable control, a sensible Tab order,
a visible focus ring, and meaning never carried by colour alone."""

from __future__ import annotations

from alt_keys import shared_alt_keys
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractScrollArea,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QHeaderView,
    QScrollBar,
    QWidget,
)

from coprod_desktop.ui.main_window import MainWindow
from coprod_desktop.ui.theme import Appearance, stylesheet
from coprod_desktop.ui.welcome import WelcomeDialog


def focusable(root: QWidget) -> list[QWidget]:
    """Widgets a member can Tab to, leaving out the inner parts Qt gives composite controls
    (a spin box's editor, a table's viewport and scroll bars) whose parent carries the name."""
    found = []
    for widget in root.findChildren(QWidget):
        if not widget.isVisibleTo(root) or not widget.focusPolicy() & Qt.FocusPolicy.TabFocus:
            continue
        parent = widget.parentWidget()
        if isinstance(parent, QAbstractSpinBox | QComboBox):
            continue
        if isinstance(widget, QScrollBar | QHeaderView):
            continue
        if isinstance(parent, QAbstractScrollArea) and widget is parent.viewport():
            continue
        found.append(widget)
    return found


def unnamed(root: QWidget) -> list[str]:
    return [
        f"{type(w).__name__} {w.objectName()!r}" for w in focusable(root) if not w.accessibleName()
    ]


def test_every_focusable_control_on_every_page_has_a_name(window: MainWindow) -> None:
    checked = 0
    for row, page in enumerate(window.page_list):
        window.go_to(row)
        missing = unnamed(page)
        assert missing == [], f"{page.title}: {missing}"  # type: ignore[attr-defined]
        checked += len(focusable(page))
    assert window.ui.navList.accessibleName() == "Pages"
    assert checked > 60


def test_the_welcome_dialog_names_its_controls(window: MainWindow, qtbot: object) -> None:
    dialog = WelcomeDialog("/home/member/data", True, window)
    dialog.show()
    assert unnamed(dialog) == []
    assert "Nothing leaves this computer" in dialog.ui.privacyLabel.text()
    assert "/home/member/data" in dialog.ui.whereLabel.text()
    dialog.close()


def tab_chain(start: QWidget, stop: QWidget) -> list[str]:
    """The order Tab visits enabled, visible widgets from `start` until back at `stop`."""
    names = [start.objectName()]
    widget = start.nextInFocusChain()
    while widget is not stop and len(names) < 200:
        if (
            widget.isVisibleTo(stop.window())
            and widget.isEnabled()
            and widget.focusPolicy() & Qt.FocusPolicy.TabFocus
            and widget.objectName()
            and not widget.objectName().startswith("qt_")  # a spin box's own editor
        ):
            names.append(widget.objectName())
        widget = widget.nextInFocusChain()
    return names


def test_tab_goes_through_a_list_page_in_reading_order(window: MainWindow, seed: object) -> None:
    window.go_to(1)
    page = window.activities
    page.select_where(lambda _item: True)
    chain = tab_chain(page.ui.newButton, page.ui.tableView)
    assert chain == [
        "newButton",
        "editButton",
        "copyButton",
        "deleteButton",
        "searchEdit",
        "orgCombo",
        "fromCheck",
        "toCheck",
        "statusCombo",
    ]


def test_tab_through_settings_in_reading_order(window: MainWindow) -> None:
    window.go_to(7)
    ui = window.settings.ui
    box = window.settings.watch_box
    box.checks["uc"].setChecked(True)
    box.checks["carers-allowance"].setChecked(True)
    chain = tab_chain(ui.nameEdit, ui.openFolderButton)
    assert chain[:16] == [
        "nameEdit",
        "rateEdit",
        "ucDaySpin",
        "ucHousingCheck",
        "saveProfileButton",
        "watch_esa",
        "watch_carers_allowance",
        "watch_uc",
        "income_tax_edit",
        "national_insurance_edit",
        "pension_contributions_edit",
        "care_costs_edit",
        "averaging_weeks_spin",
        "save_watch_button",
        "fontSpin",
        "contrastCheck",
    ]


def test_focus_is_drawn_as_a_thick_ring_in_both_themes() -> None:
    for high_contrast in (False, True):
        css = stylesheet(Appearance(100, high_contrast))
        assert "QLineEdit:focus" in css and "3px solid" in css
        assert "QPushButton:focus" in css


def test_status_is_written_not_only_coloured(window: MainWindow, seed: object) -> None:
    window.go_to(3)
    model = window.claims.model
    statuses = [model.index(r, model.STATUS).data() for r in range(model.rowCount())]
    assert any("days late" in s for s in statuses)
    window.go_to(1)
    acts = window.activities.model
    texts = {acts.index(r, acts.STATUS).data() for r in range(acts.rowCount())}
    assert texts <= {
        "Not yet claimed",
        "Fee declined",
        "No fee (unpaid or voluntary)",
    } | {t for t in texts if t.startswith("Claimed (")}
    assert QApplication.instance() is not None


def test_no_two_controls_on_a_page_share_an_alt_key(window: MainWindow) -> None:
    """Alt+letter must reach one control: a shared letter only cycles between them, which a
    keyboard user cannot tell from the key doing nothing new."""
    clashes = {}
    for row, page in enumerate(window.page_list):
        window.go_to(row)
        shared = shared_alt_keys(page)
        if shared:
            clashes[type(page).__name__] = shared
    assert not clashes, "\n".join(f"{k}: {v}" for k, v in clashes.items())
