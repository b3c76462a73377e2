"""Use cases over the records. Each call is one unit of work and returns plain data.

The window and the `coprod` command both go through `Services`; neither touches the database.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from coprod_desktop.core.db.engine import Database, PragmaHook
from coprod_desktop.core.db.opening import open_database
from coprod_desktop.core.io.attachments import AttachmentStore
from coprod_desktop.core.io.backups import BackupService
from coprod_desktop.core.io.instance_lock import InstanceLock
from coprod_desktop.core.services.activities import ActivityService
from coprod_desktop.core.services.agreements import AgreementService
from coprod_desktop.core.services.benefit_watch import BenefitWatchService
from coprod_desktop.core.services.benefits_report import BenefitsReportService
from coprod_desktop.core.services.chasers import ChaserService
from coprod_desktop.core.services.claim_documents import ClaimDocumentService
from coprod_desktop.core.services.claims import ClaimService
from coprod_desktop.core.services.clock import Clock, SystemClock
from coprod_desktop.core.services.context import Context
from coprod_desktop.core.services.dashboard_charts import ChartService
from coprod_desktop.core.services.documents import DocumentService
from coprod_desktop.core.services.evidence import EvidenceService
from coprod_desktop.core.services.expenses import ExpenseService
from coprod_desktop.core.services.inbox import InboxService
from coprod_desktop.core.services.organisations import OrganisationService
from coprod_desktop.core.services.payments import PaymentService
from coprod_desktop.core.services.portfolio_records import FeedbackService, TrainingService
from coprod_desktop.core.services.preferences import PreferenceService
from coprod_desktop.core.services.profile import ProfileService
from coprod_desktop.core.services.reminders import ReminderService
from coprod_desktop.core.services.summaries import SummaryService
from coprod_desktop.paths import DataPaths, resolve_data_dir


@dataclass
class Services:
    ctx: Context
    profile: ProfileService = field(init=False)
    organisations: OrganisationService = field(init=False)
    agreements: AgreementService = field(init=False)
    activities: ActivityService = field(init=False)
    expenses: ExpenseService = field(init=False)
    claims: ClaimService = field(init=False)
    claim_documents: ClaimDocumentService = field(init=False)
    chasers: ChaserService = field(init=False)
    payments: PaymentService = field(init=False)
    summaries: SummaryService = field(init=False)
    reminders: ReminderService = field(init=False)
    inbox: InboxService = field(init=False)
    benefit_watch: BenefitWatchService = field(init=False)
    benefits: BenefitsReportService = field(init=False)
    training: TrainingService = field(init=False)
    feedback: FeedbackService = field(init=False)
    documents: DocumentService = field(init=False)
    evidence: EvidenceService = field(init=False)
    backups: BackupService = field(init=False)
    charts: ChartService = field(init=False)
    preferences: PreferenceService = field(init=False)
    lock: InstanceLock | None = None  # held from open to close (one copy of the app at a time)

    def __post_init__(self) -> None:
        ctx = self.ctx
        self.profile = ProfileService(ctx)
        self.organisations = OrganisationService(ctx)
        self.agreements = AgreementService(ctx)
        self.activities = ActivityService(ctx)
        self.expenses = ExpenseService(ctx)
        self.claims = ClaimService(ctx)
        self.claim_documents = ClaimDocumentService(ctx, self.claims)
        self.claims.prepare_submitted_pdf = self.claim_documents.prepare_submitted_pdf
        self.chasers = ChaserService(ctx, self.claims, self.claim_documents)
        self.payments = PaymentService(ctx, self.claims)
        self.summaries = SummaryService(ctx, self.claims, self.activities)
        self.reminders = ReminderService(ctx, self.claims, self.summaries.benefit_warnings)
        self.inbox = InboxService(ctx)
        self.benefit_watch = self.summaries.watch
        self.benefits = BenefitsReportService(self.summaries)
        self.training = TrainingService(ctx)
        self.feedback = FeedbackService(ctx)
        self.documents = DocumentService(ctx, self.organisations, self.summaries)
        self.evidence = EvidenceService(ctx)
        self.backups = BackupService(ctx, lambda: self.lock)
        self.charts = ChartService(ctx)
        self.preferences = PreferenceService(ctx)

    @property
    def paths(self) -> DataPaths:
        return self.ctx.paths

    @property
    def db(self) -> Database:
        return self.ctx.db

    def close(self) -> None:
        try:
            self.ctx.db.dispose()
        finally:
            if self.lock is not None:
                self.lock.release()


def open_services(
    data_dir: str | Path | None = None,
    clock: Clock | None = None,
    *,
    connect_hook: PragmaHook | None = None,
    passphrase: str | None = None,
    lock: bool = True,
) -> Services:
    """Open (creating if new) the data folder and return the services over it.

    When the folder is encrypted, `passphrase` unlocks it; without it (or with a wrong one)
    `keys.PassphraseNeeded` / `keys.WrongPassphrase` is raised and no file is touched.

    `lock=True` holds the data folder's instance lock until `close()`, so a second copy of the
    app is refused before it writes anything. `lock=False` is for commands that only read:
    they take the lock just while opening (creating or migrating happen under it) and let it
    go, so `coprod list` still works while the window is open (SQLite's log lets a reader see
    a consistent picture beside a writer); if another copy holds it, they open only records
    that need no creating or migrating.
    """
    from coprod_desktop.core.io.instance_lock import take_for_opening
    from coprod_desktop.core.services.encryption import unlock_folder

    paths = resolve_data_dir(data_dir)
    clock = clock or SystemClock()
    now = clock.now()
    key = unlock_folder(paths, passphrase)
    held = take_for_opening(paths, now, keep=lock)
    try:
        db = open_database(paths, now, connect_hook=connect_hook, key=key)
    except BaseException:
        if held is not None:
            held.release()
        raise
    ctx = Context(db=db, paths=paths, clock=clock, store=AttachmentStore(paths.attachments, key))
    services = Services(ctx)
    if lock:
        services.lock = held
    elif held is not None:
        held.release()
    return services
