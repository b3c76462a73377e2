"""The Claims page: build a claim, then move it through its life (submit, pay, dispute, void).

Status changes are not undoable on purpose: each is dated in the claim's history, which is the
member's evidence of what happened and when. Creating a draft, deleting a draft and recording a
payment are undoable (undoing a payment puts the claim back a status, dated in its history).
"""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING, Any

from coprod_desktop.core.domain.errors import UserError
from coprod_desktop.core.domain.kinds import ClaimStatus
from coprod_desktop.core.domain.money import total
from coprod_desktop.core.domain.records import Claim
from coprod_desktop.core.domain.views import ClaimItem
from coprod_desktop.ui.forms.ui_page_claims import Ui_ClaimsPage
from coprod_desktop.ui.models import RecordTableModel
from coprod_desktop.ui.pages.base import ListPage, date_to_qdate, qdate_to_date, setup_table
from coprod_desktop.ui.record_models import ClaimLinesModel, ClaimsModel
from coprod_desktop.ui.widgets.date_range import problem_label, single_note

if TYPE_CHECKING:
    from coprod_desktop.core.services import Services

OPEN = (ClaimStatus.SUBMITTED, ClaimStatus.PART_PAID, ClaimStatus.DISPUTED)


class ClaimsPage(ListPage):
    kind = "claim"
    title = "Claims"
    hint = (
        "Make one claim per organisation for a period, submit it, and record what is paid. "
        "Late claims say how many days late they are."
    )
    ui_class = Ui_ClaimsPage

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.lines_model = ClaimLinesModel(self)
        self.ui.linesView.setModel(self.lines_model)
        setup_table(self.ui.linesView)
        self.ui.actionDate.setDate(date_to_qdate(self.ctx.today()))
        self.action_date_label = problem_label(self, "actionDateProblem")
        outer = self.ui.outerLayout
        for index in range(outer.count()):
            if outer.itemAt(index).layout() is self.ui.actionDateLayout:
                outer.insertWidget(index + 1, self.action_date_label)
                break
        self.action_date_problem = single_note(self.ui.actionDate, self.action_date_label)
        # the claims list gets most of the height, the selected claim's lines the rest
        self.ui.outerLayout.setStretchFactor(self.ui.tableView, 3)
        self.ui.outerLayout.setStretchFactor(self.ui.linesView, 1)
        ui = self.ui
        ui.submitButton.clicked.connect(lambda: self.move("submit"))
        ui.disputeButton.clicked.connect(lambda: self.move("dispute"))
        ui.reopenButton.clicked.connect(lambda: self.move("reopen"))
        ui.voidButton.clicked.connect(lambda: self.move("void"))
        ui.paymentButton.clicked.connect(self.record_payment)
        ui.pdfButton.clicked.connect(self.show_pdf)
        ui.chaseButton.clicked.connect(self.chase)
        ui.emailButton.clicked.connect(self.email_claim)

    def make_model(self) -> RecordTableModel[Any]:
        return ClaimsModel(self)

    def load(self, services: Services) -> Any:
        return services.claims.list(), services.organisations.list()

    def delete_key(self, item: ClaimItem) -> Any:
        return item.claim.number

    def totals_text(self, shown: list[ClaimItem]) -> str:
        claimed = total(item.claim.total for item in shown)
        paid = total(item.paid for item in shown)
        outstanding = total(item.outstanding for item in shown)
        noun = "claim" if len(shown) == 1 else "claims"
        return (
            f"Shown: {len(shown)} {noun}, total {claimed.display()}, paid {paid.display()}, "
            f"outstanding {outstanding.display()}"
        )

    # -- buttons follow the selected claim's status -------------------------------------------
    def selection_changed(self, *_args: Any) -> None:
        item: ClaimItem | None = self.selected_item()
        status = item.claim.status if item else None
        ui = self.ui
        ui.submitButton.setEnabled(status is ClaimStatus.DRAFT)
        ui.paymentButton.setEnabled(status in OPEN)
        ui.disputeButton.setEnabled(status in (ClaimStatus.SUBMITTED, ClaimStatus.PART_PAID))
        ui.reopenButton.setEnabled(status is ClaimStatus.DISPUTED)
        ui.voidButton.setEnabled(status is not None and status not in (ClaimStatus.VOID,))
        ui.deleteButton.setEnabled(status is ClaimStatus.DRAFT)
        ui.pdfButton.setEnabled(status is not None)
        # a claim sent and not settled can be chased; any claim but a void one can be emailed
        ui.chaseButton.setEnabled(status in OPEN)
        ui.emailButton.setEnabled(status is not None and status is not ClaimStatus.VOID)
        if hasattr(self, "lines_model"):
            self.lines_model.set_items(item.claim.lines if item else [])

    def action_date(self) -> date:
        return qdate_to_date(self.ui.actionDate.date())

    def move(self, step: str) -> None:
        """Submit, dispute, reopen or void the selected claim on the chosen date."""
        item: ClaimItem | None = self.selected_item()
        services = self.ctx.services
        if item is None or services is None:
            return
        problem = self.action_date_problem()
        if problem:  # the date typed is not a real one: say so, change nothing
            self.ctx.show_error(UserError(problem, "date"), self)
            self.ui.actionDate.setFocus()
            return
        action = getattr(services.claims, step)
        number = item.claim.number
        on = self.action_date()

        def moved(claim: Claim) -> None:
            self.ctx.report(f"Claim {number} is now {claim.status.label.lower()}.")
            self.ctx.changed.emit("claim")

        def refused(error: BaseException) -> None:
            if not isinstance(error, UserError):
                raise error
            self.ctx.show_error(error, self)

        # off the GUI thread: submitting renders and keeps the claim PDF as it was sent
        self.ctx.runner.run(lambda: action(number, on), moved, refused)

    # -- dialogs ---------------------------------------------------------------------------------
    def save_claim(
        self, org_id: int, start: date | None, end: date | None, made_on: date | None = None
    ) -> Claim:
        """The claim builder's save: an undoable create (undo deletes the draft). `made_on`:
        the day a claim typed in afterwards was made (None: today)."""
        claim: Claim = self.ctx.undo.save("claim", (org_id, start, end, made_on))
        self.ctx.report(f"Claim {claim.number} made as a draft: submit it when you send it.")
        return claim

    def new_claim_for(self, org_id: int) -> None:
        """The claim builder with an organisation chosen (a reminder of unclaimed work)."""
        self.edit_record(None)
        dialog = getattr(self, "open_dialog", None)
        if dialog is not None and hasattr(dialog, "choose_organisation"):
            dialog.choose_organisation(org_id)

    def chase(self) -> None:
        """A chasing letter or email draft for the selected claim (recorded in its history)."""
        item: ClaimItem | None = self.selected_item()
        services = self.ctx.services
        if item is None or services is None:
            return
        from coprod_desktop.ui.dialogs.chase import ChaseDialog

        dialog = ChaseDialog(
            services, self.ctx.runner, item.claim.number, self, report=self.ctx.report
        )
        dialog.finished.connect(
            lambda _r: self.ctx.changed.emit("claim") if dialog.made is not None else None
        )
        self.show_dialog(dialog)

    def email_claim(self) -> None:
        """An email draft with the selected claim's PDF, for the member's own mail program."""
        item: ClaimItem | None = self.selected_item()
        services = self.ctx.services
        if item is None or services is None:
            return
        from coprod_desktop.ui.dialogs.chase import open_email_draft

        number = item.claim.number

        def drafted(data: bytes) -> None:
            self.ctx.report(open_email_draft(self, data, f"{number}.eml", services))

        def failed(error: BaseException) -> None:
            if isinstance(error, UserError):
                self.ctx.show_error(error, self)
            else:
                raise error

        self.ctx.runner.run(lambda: services.chasers.claim_email(number), drafted, failed)

    def edit_record(self, item: Any) -> None:
        """New opens the claim builder; a claim itself is changed with the buttons."""
        services = self.ctx.services
        if services is None:
            return
        if item is not None:
            self.select_where(lambda i: i.claim.number == item.claim.number)
            return
        from coprod_desktop.ui.dialogs.claim_builder import ClaimBuilderDialog

        # The builder creates the draft through save_claim (undoable) and may then submit it.
        dialog = ClaimBuilderDialog(services, self, create=self.save_claim)
        dialog.finished.connect(lambda _r: self._after_dialog(dialog, "claim"))
        self.show_dialog(dialog)

    def record_payment(self) -> None:
        item: ClaimItem | None = self.selected_item()
        services = self.ctx.services
        if item is None or services is None:
            return
        from coprod_desktop.ui.dialogs.payment import PaymentDialog

        dialog = PaymentDialog(
            services,
            item.claim.number,
            self,
            save=lambda spec: self.ctx.undo.save("payment", spec),
        )
        dialog.finished.connect(lambda _r: self._after_dialog(dialog, "payment"))
        self.show_dialog(dialog)

    def show_pdf(self) -> None:
        """Preview the selected claim's PDF, then save it or open it in the member's viewer."""
        item: ClaimItem | None = self.selected_item()
        services = self.ctx.services
        if item is None or services is None:
            return
        from coprod_desktop.ui.dialogs.claim_pdf import ClaimPdfDialog

        self.show_dialog(ClaimPdfDialog(services, self.ctx.runner, item.claim.number, self))

    def _after_dialog(self, dialog: Any, kind: str) -> None:
        made = (
            getattr(dialog, "claim", None) if kind == "claim" else getattr(dialog, "payment", None)
        )
        if made is None:
            return
        if kind == "claim":
            self.ctx.report(f"Claim {made.number} is {made.status.label.lower()}.")
        else:
            self.ctx.report(f"Payment of {made.amount.display()} recorded.")
        self.ctx.changed.emit(kind)
        if kind == "claim":
            self.select_where(lambda i: i.claim.number == made.number)
