"""The my-terms form: starts from the saved terms (or the profile's access needs), says what is
wrong next to the field, keeps Save off while anything is wrong, and saves through the service."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QComboBox,
    QDialogButtonBox,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QWidget,
)
from pytestqt.qtbot import QtBot

from coprod_desktop.core.domain.kinds import Basis, TimePart
from coprod_desktop.core.domain.money import Money
from coprod_desktop.core.domain.my_terms import MyTerms
from coprod_desktop.core.domain.records import Profile
from coprod_desktop.core.services import Services
from coprod_desktop.ui.dialogs.common import select_data
from coprod_desktop.ui.dialogs.my_terms import MyTermsDialog


def open_dialog(qtbot: QtBot, services: Services) -> MyTermsDialog:
    dialog = MyTermsDialog(services)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def save_button(dialog: MyTermsDialog):
    return dialog.ui.buttonBox.button(QDialogButtonBox.StandardButton.Save)


def test_starts_from_the_profile_and_needs_a_rate(qtbot: QtBot, services: Services) -> None:
    services.profile.save(Profile(name="Dafydd", access_needs="Large print papers"))
    dialog = open_dialog(qtbot, services)
    ui = dialog.ui
    assert ui.accessNeeds.toPlainText() == "Large print papers"
    assert not save_button(dialog).isEnabled()  # hourly, and no rate yet
    assert "rate is missing" in ui.saveHint.text()

    qtbot.keyClicks(ui.rate, "25.5x")
    assert ui.rateError.isVisible() and ui.rateError.text().startswith("⚠ ")
    assert "rate" in ui.rateError.text()
    assert ui.rate.accessibleDescription().startswith("Problem:")
    assert not save_button(dialog).isEnabled()

    ui.rate.clear()
    qtbot.keyClicks(ui.rate, "25.50")
    assert not ui.rateError.isVisible() and save_button(dialog).isEnabled()

    ui.travelPaid.setChecked(True)
    ui.daysToPay.setValue(21)
    ui.note.setPlainText("Dw i'n siarad Cymraeg")
    qtbot.mouseClick(save_button(dialog), Qt.MouseButton.LeftButton)
    saved = services.documents.my_terms()
    assert saved.rate == Money(2550) and saved.days_to_pay == 21
    assert TimePart.TRAVEL in saved.payable_parts
    assert saved.note == "Dw i'n siarad Cymraeg"
    assert saved.access_needs == "Large print papers"
    assert dialog.result() == MyTermsDialog.DialogCode.Accepted


def test_no_paid_time_is_refused_beside_the_boxes(qtbot: QtBot, services: Services) -> None:
    services.documents.save_my_terms(MyTerms(rate=Money(2000)))
    dialog = open_dialog(qtbot, services)
    ui = dialog.ui
    assert save_button(dialog).isEnabled()
    for box in (ui.prepPaid, ui.contactPaid, ui.followupPaid):
        box.setChecked(False)
    assert ui.payableError.isVisible() and "at least one" in ui.payableError.text()
    assert not save_button(dialog).isEnabled()
    ui.contactPaid.setChecked(True)
    assert save_button(dialog).isEnabled()


def test_expenses_only_hides_the_rate_and_up_front_needs_no_days(
    qtbot: QtBot, services: Services
) -> None:
    dialog = open_dialog(qtbot, services)
    ui = dialog.ui
    select_data(ui.basis, Basis.EXPENSES_ONLY)
    assert not ui.rate.isVisible() and not ui.prepPaid.isVisible()
    assert save_button(dialog).isEnabled()
    select_data(ui.expensesWhen, True)
    assert not ui.expensesDays.isEnabled()
    select_data(ui.basis, Basis.DAILY)
    assert ui.rate.isVisible() and "a day" in ui.rateLabel.text()
    select_data(ui.basis, Basis.EXPENSES_ONLY)
    qtbot.mouseClick(save_button(dialog), Qt.MouseButton.LeftButton)
    saved = services.documents.my_terms()
    assert saved.basis is Basis.EXPENSES_ONLY and saved.rate is None and saved.expenses_up_front


def test_cancel_changes_nothing(qtbot: QtBot, services: Services) -> None:
    before = services.documents.save_my_terms(MyTerms(rate=Money(3000), note="kept"))
    dialog = open_dialog(qtbot, services)
    dialog.ui.note.setPlainText("changed")
    dialog.ui.buttonBox.button(QDialogButtonBox.StandardButton.Cancel).click()
    assert services.documents.my_terms() == before


def test_every_control_has_an_accessible_name_and_tab_follows_the_form(
    qtbot: QtBot, services: Services
) -> None:
    dialog = open_dialog(qtbot, services)
    controls = [
        w
        for w in dialog.findChildren(QWidget)
        if isinstance(w, (QLineEdit, QComboBox, QSpinBox, QPlainTextEdit, QAbstractButton))
        and w.isVisible()
        and w.focusPolicy() != Qt.FocusPolicy.NoFocus
    ]
    assert len(controls) >= 15
    for widget in controls:
        assert widget.accessibleName().strip(), widget.objectName() or type(widget).__name__
    ui = dialog.ui
    order = [ui.basis, ui.rate, ui.prepPaid, ui.contactPaid, ui.travelPaid, ui.followupPaid]
    order += [ui.expensesWhen, ui.expensesDays, ui.daysToPay, ui.accessNeeds, ui.notice]
    order += [ui.recognition, ui.ownership, ui.note]
    dialog.resize(700, 3000)  # tall enough that nothing scrolls
    qtbot.waitExposed(dialog)
    ui.basis.setFocus()
    reached = []
    for _ in order:
        widget = dialog.focusWidget()
        reached.append(widget)
        qtbot.keyClick(widget, Qt.Key.Key_Tab)
    assert [w.objectName() for w in reached] == [w.objectName() for w in order]
