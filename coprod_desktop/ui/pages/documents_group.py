"""The Documents page's group evidence: an advocate picks members' bundles and makes a group
pack; a member exports their own anonymised bundle after reading what it holds.

Thin, like the rest of the page: reading, combining and rendering are the core's
(`core.services.group_pack`, `core.io.evidence_bundle`); this module turns clicks into the
options those take, and shows in plain words what the core says.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QListWidgetItem, QMessageBox

from coprod_desktop.core.domain.errors import UserError
from coprod_desktop.core.domain.group_views import SMALLEST_GROUP
from coprod_desktop.core.domain.progress import Progress
from coprod_desktop.ui.dialogs.common import ERROR_SIGN

if TYPE_CHECKING:
    from coprod_desktop.core.services import Services
    from coprod_desktop.ui.pages.documents import Choices, DocumentsPage


def make_group_pack(_sv: Services, c: Choices, progress: Progress) -> bytes:
    """The group pack from the bundles picked (the member's own records are not used)."""
    from coprod_desktop.core.services.group_pack import GroupPackOptions, group_pack_pdf

    options = GroupPackOptions(
        bundles=tuple(Path(p) for p in c.bundles),
        organisations=c.group_orgs,
        date_from=c.date_from,
        date_to=c.date_to,
        large_print=c.large_print,
    )
    return group_pack_pdf(options, progress)


class GroupControls:
    """The bundles picked and the organisations ticked, on the page's own widgets."""

    def __init__(self, page: DocumentsPage) -> None:
        self.page = page
        self.paths: tuple[str, ...] = ()
        page.ui.pickBundles.clicked.connect(self.pick)
        page.ui.exportBundle.clicked.connect(self.export_bundle)

    def fit_list(self) -> None:
        """Room for three organisations at the current text size (200% included), so the
        list never shrinks to a sliver beside the other options."""
        org_list = self.page.ui.groupOrgList
        rows = org_list.fontMetrics().lineSpacing() + 4
        org_list.setMinimumHeight(rows * 3 + 2 * org_list.frameWidth())

    def chosen_orgs(self) -> tuple[str, ...]:
        org_list = self.page.ui.groupOrgList
        return tuple(
            org_list.item(i).data(Qt.ItemDataRole.UserRole)
            for i in range(org_list.count())
            if org_list.item(i).checkState() == Qt.CheckState.Checked
        )

    # -- picking bundles ------------------------------------------------------------------
    def pick(self) -> None:
        names, _filter = QFileDialog.getOpenFileNames(
            self.page,
            "Pick members' evidence bundles",
            str(Path.home()),
            "Evidence bundles (*.json);;All files (*)",
        )
        if names:
            self.use(names)

    def use(self, names: list[str]) -> None:
        """Take these bundle files: check each now (a bad one is named at once) and list the
        organisations they name, for the member to tick."""
        from coprod_desktop.core.services.group_pack import (
            bundle_organisations,
            read_bundle_files,
        )

        ui = self.page.ui
        try:
            bundles = read_bundle_files([Path(n) for n in names])
        except UserError as error:
            self.page._say(f"{ERROR_SIGN} {error.message}")
            return
        self.paths = tuple(names)
        count = len(names)
        ui.bundlesChosen.setText(f"{count} bundle{'s' if count != 1 else ''} picked.")
        ui.bundlesChosen.setAccessibleName(ui.bundlesChosen.text())
        ui.groupOrgList.clear()
        for code, name, members in bundle_organisations(bundles):
            text = f"{name} ({code}): {members} of {count}"
            if members < SMALLEST_GROUP:
                text += " (too few to be named in the pack)"
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, code)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            ui.groupOrgList.addItem(item)
        self.fit_list()
        self.page._say(
            "Tick the organisations the pack covers (none ticked: all of them), then Make PDF."
        )

    # -- exporting the member's own bundle ------------------------------------------------
    def export_bundle(self) -> None:
        page = self.page
        services = page.ctx.services
        if services is None:
            return
        from coprod_desktop.core.domain.evidence_views import EvidenceOptions
        from coprod_desktop.core.io.evidence_bundle import bundle_document

        c = page.choices()
        options = EvidenceOptions(date_from=c.date_from, date_to=c.date_to)
        page._say("Gathering what the bundle would hold…")
        page.ctx.runner.run(
            lambda: bundle_document(services, options),
            self._confirm_and_save,
            lambda error: self._failed(error),
            key="documents-bundle",
        )

    def _failed(self, error: BaseException) -> None:
        if not isinstance(error, UserError):
            raise error
        self.page._say(f"{ERROR_SIGN} {error.message}")

    def _confirm_and_save(self, document: dict[str, Any]) -> None:
        from coprod_desktop.core.io.evidence_bundle import bundle_bytes, describe_bundle
        from coprod_desktop.core.io.safe_write import write_atomic

        page = self.page
        lines = describe_bundle(document)
        box = QMessageBox(page)
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle("Export an evidence bundle")
        box.setText("The bundle for your advocate will hold only this:")
        box.setInformativeText("\n\n".join(f"• {line}" for line in lines))
        box.setStandardButtons(QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        self.confirm_box = box
        if box.exec() != QMessageBox.StandardButton.Save:
            page._say("Not exported: nothing was written.")
            return
        chosen, _filter = QFileDialog.getSaveFileName(
            page,
            "Save the evidence bundle",
            str(Path.home() / "evidence-bundle.json"),
            "Evidence bundles (*.json)",
        )
        if not chosen:
            page._say("Not exported: nothing was written.")
            return
        try:
            write_atomic(Path(chosen), bundle_bytes(document), private=True)
        except OSError as error:
            page._say(
                f"{ERROR_SIGN} The bundle was not saved ({error.strerror or 'write failed'}): "
                "choose another folder and try again."
            )
            return
        page._say(f"Bundle saved as {chosen}. Send it to your advocate yourself.")
