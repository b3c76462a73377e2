"""The fixed vocabularies of the records. Values are the words the command and JSON use."""

from __future__ import annotations

from enum import StrEnum


class Basis(StrEnum):
    HOURLY = "hourly"
    SESSION = "session"
    DAILY = "daily"
    VOUCHER = "voucher"
    EXPENSES_ONLY = "expenses-only"
    UNPAID = "unpaid"

    @property
    def label(self) -> str:
        return {
            "hourly": "Hourly",
            "session": "Session fee",
            "daily": "Day rate",
            "voucher": "Voucher",
            "expenses-only": "Expenses only (voluntary)",
            "unpaid": "Unpaid",
        }[self.value]


class Classification(StrEnum):
    PAID = "paid"
    VOLUNTARY = "voluntary"
    UNPAID = "unpaid"

    @property
    def label(self) -> str:
        return {
            "paid": "Paid role",
            "voluntary": "Voluntary, expenses only",
            "unpaid": "Unpaid",
        }[self.value]


class TimePart(StrEnum):
    PREP = "prep"
    CONTACT = "contact"
    TRAVEL = "travel"
    FOLLOWUP = "followup"

    @property
    def label(self) -> str:
        return {
            "prep": "Preparation",
            "contact": "Contact",
            "travel": "Travel",
            "followup": "Follow-up",
        }[self.value]


DEFAULT_PAYABLE: frozenset[TimePart] = frozenset(
    {TimePart.PREP, TimePart.CONTACT, TimePart.FOLLOWUP}
)


class ActivityKind(StrEnum):
    MEETING = "meeting"
    INTERVIEW_PANEL = "interview-panel"
    TEACHING = "teaching"
    DOCUMENT_REVIEW = "document-review"
    ADVISORY_GROUP = "advisory-group"
    CO_DESIGN_WORKSHOP = "co-design-workshop"
    CONFERENCE_TALK = "conference-talk"
    TRAINING_RECEIVED = "training-received"
    OTHER = "other"

    @property
    def label(self) -> str:
        return self.value.replace("-", " ").capitalize().replace("Co design", "Co-design")


class Level(StrEnum):
    """The member's own judgement of how much power they had."""

    INFORMED = "informed"
    CONSULTED = "consulted"
    INVOLVED = "involved"
    CO_DESIGNED = "co-designed"
    CO_PRODUCED = "co-produced"
    LED = "led"

    @property
    def label(self) -> str:
        return "Led by us" if self is Level.LED else self.value.capitalize()

    @property
    def rank(self) -> int:
        return list(Level).index(self)

    @property
    def arnstein(self) -> str:
        """The rung group on Arnstein's ladder, for those who cite it."""
        return {
            "informed": "Tokenism (informing)",
            "consulted": "Tokenism (consultation)",
            "involved": "Tokenism (placation)",
            "co-designed": "Citizen power (partnership)",
            "co-produced": "Citizen power (delegated power)",
            "led": "Citizen power (citizen control)",
        }[self.value]


# How organisations commonly label work; the member may also type their own words.
DESCRIBED_LEVELS: tuple[str, ...] = (
    "information",
    "consultation",
    "engagement",
    "involvement",
    "co-design",
    "co-production",
)


class Tri(StrEnum):
    """A power-sharing check: yes, no, or not sure."""

    YES = "yes"
    NO = "no"
    UNSURE = "unsure"


class ExpenseCategory(StrEnum):
    MILEAGE = "mileage"
    PUBLIC_TRANSPORT = "public-transport"
    TAXI = "taxi"
    PARKING = "parking"
    SUBSISTENCE = "subsistence"
    CARE_COVER = "care-cover"
    CHILDCARE = "childcare"
    ACCOMMODATION = "accommodation"
    PHONE_INTERNET = "phone-internet"
    OTHER = "other"

    @property
    def label(self) -> str:
        return self.value.replace("-", " ").capitalize().replace("internet", "/internet")


class Vehicle(StrEnum):
    CAR = "car"
    MOTORCYCLE = "motorcycle"
    BICYCLE = "bicycle"


class ClaimStatus(StrEnum):
    DRAFT = "draft"
    SUBMITTED = "submitted"
    PART_PAID = "part-paid"
    PAID = "paid"
    DISPUTED = "disputed"
    VOID = "void"

    @property
    def label(self) -> str:
        return self.value.replace("-", " ").capitalize()


class PaymentMethod(StrEnum):
    BANK = "bank"
    PAYROLL = "payroll"
    VOUCHER = "voucher"
    CASH = "cash"


class LineKind(StrEnum):
    FEE = "fee"
    EXPENSE = "expense"


class AttendedAs(StrEnum):
    """In whose right the member took part: their own, as a carer, or on someone's behalf."""

    SELF = "self"
    CARER = "carer"
    ON_BEHALF = "on_behalf"


class SourceKind(StrEnum):
    """The kind of document a change of terms came in; "" when the member did not say."""

    UNKNOWN = ""
    LETTER = "letter"
    EMAIL = "email"
    MEETING = "meeting"
    OTHER = "other"


class ChaserMethod(StrEnum):
    """How a chasing letter or message was sent."""

    POST = "post"
    EMAIL = "email"
    HAND = "hand"
    OTHER = "other"


class InboxStatus(StrEnum):
    UNFILED = "unfiled"
    FILED = "filed"
    REFUSED = "refused"
    DISMISSED = "dismissed"


def parse_enum(enum_type: type[StrEnum], text: str, field: str) -> StrEnum:
    """Read a vocabulary word, telling the member the choices when it is not one of them."""
    from coprod_desktop.core.domain.errors import UserError

    raw = str(text).strip().lower().replace("_", "-").replace(" ", "-")
    for member in enum_type:
        if member.value == raw:
            return member
    choices = ", ".join(m.value for m in enum_type)
    raise UserError(f"The {field} '{str(text)[:40]}' is not one of: {choices}.", field)
