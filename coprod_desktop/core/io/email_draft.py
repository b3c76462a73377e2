"""An email draft (.eml) the member opens in their own mail program and sends themselves.

The app never sends anything: it writes a standard RFC 5322 message with the PDF attached and
`X-Unsent: 1`, which Outlook and other mail programs open as a draft ready to edit and send.
Member text goes only into headers through the `email` package's own policy (so a line break
in a name cannot add a header) and into a plain-text body.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from email.headerregistry import Address
from email.message import EmailMessage
from email.policy import SMTP
from email.utils import format_datetime

from coprod_desktop.core.domain.errors import UserError


@dataclass(frozen=True, slots=True)
class EmailDraft:
    to_name: str
    to_address: str
    from_name: str
    from_address: str
    subject: str
    body: str
    attachment_name: str
    attachment: bytes
    written_at: datetime


def _one_line(text: str, limit: int = 200) -> str:
    return " ".join(str(text).replace("\x00", "").split())[:limit]


def _address(name: str, address: str, field: str) -> Address | None:
    address = _one_line(address, 320)
    if not address:
        return None
    if address.count("@") != 1 or address.startswith("@") or address.endswith("@"):
        raise UserError(
            f"The {field} '{address[:60]}' is not an email address: correct it in the "
            "organisation's or your profile's details.",
            field,
        )
    user, domain = address.split("@")
    try:
        return Address(display_name=_one_line(name), username=user, domain=domain)
    except (ValueError, IndexError) as exc:
        raise UserError(
            f"The {field} '{address[:60]}' is not an email address: correct it.", field
        ) from exc


def build_eml(draft: EmailDraft) -> bytes:
    """The draft as the bytes of an .eml file."""
    msg = EmailMessage(policy=SMTP)
    to = _address(draft.to_name, draft.to_address, "organisation's email")
    sender = _address(draft.from_name, draft.from_address, "your email")
    if to is not None:
        msg["To"] = to
    if sender is not None:
        msg["From"] = sender
    msg["Subject"] = _one_line(draft.subject, 300)
    msg["Date"] = format_datetime(draft.written_at.astimezone())
    msg["X-Unsent"] = "1"  # open as a draft to edit and send, not as a received message
    msg.set_content(str(draft.body).replace("\x00", ""))
    msg.add_attachment(
        draft.attachment,
        maintype="application",
        subtype="pdf",
        filename=_one_line(draft.attachment_name, 120) or "document.pdf",
    )
    return msg.as_bytes()
