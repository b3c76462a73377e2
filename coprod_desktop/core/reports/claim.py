"""The claim PDF: who claims from whom, fee and expense lines, totals, declaration, signature,
optional bank details, and the receipts as labelled pages.

Receipts keep the order of the claim's receipt list. A PDF receipt is laid out as placeholder
pages (label, footer, "Page X of Y") by ReportLab, then each receipt page is scaled onto its
placeholder with pypdf, so page numbers count receipt pages too and nothing from the receipt
(links, forms, scripts) comes along except what it prints.
"""

from __future__ import annotations

import io
from dataclasses import dataclass, field

from reportlab.lib.units import mm
from reportlab.lib.utils import ImageReader
from reportlab.platypus import Flowable, KeepTogether, PageBreak, Spacer, Table

from coprod_desktop.core.domain.errors import UserError
from coprod_desktop.core.domain.money import Money
from coprod_desktop.core.reports.base import DocumentInfo, DocumentRenderer
from coprod_desktop.core.reports.claim_data import (
    DEFAULT_DECLARATION,
    Addressee,
    BankDetails,
    Claimant,
    ClaimDocument,
    ExpenseLine,
    FeeLine,
    Receipt,
    format_date,
    formatted_sort_code,
    masked_account_number,
    masked_sort_code,
)
from coprod_desktop.core.reports.fonts import find_unrenderable
from coprod_desktop.core.reports.images import PreparedImage, prepare_image, prepare_images
from coprod_desktop.core.reports.text import TextBlock, clean_text

__all__ = [
    "DEFAULT_DECLARATION",
    "Addressee",
    "BankDetails",
    "ClaimDocument",
    "Claimant",
    "ExpenseLine",
    "FeeLine",
    "Receipt",
    "check_claim_renderable",
    "render_claim_pdf",
]

#: A table cell longer than this shows its start and points to the full text below the table,
#: so one pasted essay cannot turn a row into five pages a finance officer must scroll through.
CELL_LIMIT = 400
CELL_SHOWN = 160


def claim_texts(doc: ClaimDocument) -> list[tuple[str, str]]:
    """Every piece of member text in the claim, with the name of its field for messages."""
    c, a = doc.claimant, doc.addressee
    fields = [
        ("your name", c.name),
        ("your address", c.address),
        ("your email", c.email),
        ("your phone", c.phone),
        ("the organisation's name", a.organisation),
        ("the department", a.department),
        ("the contact name", a.contact_name),
        ("the organisation's address", a.address),
        ("the organisation's email", a.email),
        ("the claim number", doc.claim_number),
        ("the status", doc.status),
        ("the declaration", doc.declaration),
    ]
    for n, line in enumerate(doc.fee_lines, 1):
        fields += [
            (f"fee line {n} activity", line.activity),
            (f"fee line {n} time", line.time_text),
            (f"fee line {n} basis", line.basis_text),
            (f"fee line {n} rate", line.rate_text),
        ]
    for n, line in enumerate(doc.expense_lines, 1):
        fields += [
            (f"expense line {n} category", line.category),
            (f"expense line {n} description", line.description),
            (f"expense line {n} receipt", " ".join(line.receipt_refs)),
        ]
    if doc.show_bank_details and doc.bank:
        fields += [("the bank account name", doc.bank.account_name)]
    for receipt in doc.receipts:
        fields += [(f"receipt {receipt.reference}", f"{receipt.reference} {receipt.filename}")]
    return fields


def check_claim_renderable(doc: ClaimDocument) -> None:
    """Raise UserError naming each character no shipped font can draw, and where it is,
    rather than let the PDF show empty boxes."""
    fields = claim_texts(doc)
    problems = find_unrenderable(text for _, text in fields)
    if not problems:
        return
    parts = []
    for problem in problems[:10]:
        label = fields[problem.text_index][0]
        parts.append(
            f"'{problem.character}' ({problem.codepoint} {problem.char_name.title()}) in {label}"
        )
    more = f" and {len(problems) - 10} more" if len(problems) > 10 else ""
    raise UserError(
        "The claim PDF cannot show "
        + "; ".join(parts)
        + more
        + ". No font in the app has these characters (emoji are not supported): remove or "
        "replace them and try again.",
        fields[problems[0].text_index][0],
    )


@dataclass(slots=True)
class _Slot:
    """Where a PDF receipt page goes: filled in by ReportLab, used by pypdf."""

    receipt_index: int
    page_index: int
    page_number: int = 0
    box: tuple[float, float, float, float] = (0.0, 0.0, 0.0, 0.0)


class _ReceiptArea(Flowable):
    """Takes the rest of the frame: draws an image scaled to fit, or records where a PDF
    receipt page is to be placed."""

    def __init__(self, image: PreparedImage | None = None, slot: _Slot | None = None) -> None:
        super().__init__()
        self.image = image
        self.slot = slot

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        self.width, self.height = availWidth, max(availHeight - 1, 10)
        return self.width, self.height

    def draw(self) -> None:
        if self.slot is not None:
            x, y = self.canv.absolutePosition(0, 0)
            self.slot.page_number = self.canv.getPageNumber()
            self.slot.box = (x, y, self.width, self.height)
            return
        assert self.image is not None
        scale = min(self.width / self.image.width, self.height / self.image.height)
        w, h = self.image.width * scale, self.image.height * scale
        self.canv.drawImage(image_reader(self.image), (self.width - w) / 2, self.height - h, w, h)


class _NamedJpeg(ImageReader):
    """A prepared JPEG for `drawImage`, named by its own bytes.

    ReportLab embeds a JPEG as it is, but to name it in the PDF it first decodes it to raw pixels
    and hashes those: ~0.1 s per receipt photo, for a name. The JPEG's own bytes name it just as
    surely (and the same input still gives the same PDF bytes); the pixels are not decoded."""

    def __init__(self, data: bytes) -> None:
        super().__init__(io.BytesIO(data))
        self._jpeg = data

    def getRGBData(self) -> bytes:
        self._dataA = None  # no soft mask: a JPEG has no transparency
        return self._jpeg


def image_reader(image: PreparedImage) -> ImageReader:
    """The reader `drawImage` takes: a JPEG named by its bytes, anything else as ReportLab reads
    it (a PNG signature with transparency is decoded, as its mask needs)."""
    if image.data[:2] == b"\xff\xd8":
        reader = _NamedJpeg(image.data)
        if reader.jpeg_fh() is not None:  # ReportLab will embed the JPEG bytes unchanged
            return reader
    return ImageReader(io.BytesIO(image.data))


class _Signature(Flowable):
    def __init__(self, image: PreparedImage, max_width: float, max_height: float) -> None:
        super().__init__()
        self.image = image
        scale = min(max_width / image.width, max_height / image.height)
        self.width, self.height = image.width * scale, image.height * scale

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        return self.width, self.height

    def draw(self) -> None:
        reader = ImageReader(io.BytesIO(self.image.data))
        self.canv.drawImage(reader, 0, 0, self.width, self.height, mask="auto")


@dataclass(slots=True)
class _PdfReceipt:
    receipt: Receipt
    reader: object
    pages: int
    slots: list[_Slot] = field(default_factory=list)


class ClaimRenderer(DocumentRenderer):
    """Lays out one claim; see `render_claim_pdf`."""

    def __init__(self, doc: ClaimDocument) -> None:
        self.doc = doc
        # Metadata is for viewers' title bars: a line, not an essay.
        title = f"Claim {clean_text(doc.claim_number)[:120]}".strip()
        organisation = clean_text(doc.addressee.organisation)[:120]
        super().__init__(
            DocumentInfo(
                title=title,
                author=clean_text(doc.claimant.name)[:120],
                subject=f"Claim for involvement fees and expenses to {organisation}",
                keywords="claim, involvement, fees, expenses",
                created=doc.claim_date,
            ),
            large_print=doc.large_print,
        )
        self._notes: list[tuple[str, str]] = []
        self._pdf_receipts: list[_PdfReceipt] = []

    # -- hooks ------------------------------------------------------------------------------
    def footer_text(self) -> str:
        name = clean_text(self.doc.claimant.name).replace("\n", " ")
        return f"{self.info.title} · {name}"

    # -- helpers ----------------------------------------------------------------------------
    def money(self, amount: Money) -> str:
        return amount.display(self.doc.currency_symbol)

    def cell_text(self, value: str, where: str) -> str:
        """Text for a table cell; very long text is cut here and given in full below."""
        text = clean_text(value)
        if len(text) <= CELL_LIMIT:
            return text
        self._notes.append((where, text))
        return f"{text[:CELL_SHOWN]}… (continues in note {len(self._notes)} below the tables)"

    # -- the story ----------------------------------------------------------------------------
    def story(self) -> list[Flowable]:
        doc, s = self.doc, self.styles
        self._notes = []
        number = clean_text(doc.claim_number)
        if len(number) > 80:  # shown in full in the facts below; a title is a line or two
            number = number[:60] + "…"
        story: list[Flowable] = [TextBlock(f"Claim {number}", s.title)]
        facts = [
            ("Claim number", doc.claim_number),
            ("Claim date", format_date(doc.claim_date)),
        ]
        if doc.period_start or doc.period_end:
            facts.append(
                ("Period", f"{format_date(doc.period_start)} to {format_date(doc.period_end)}")
            )
        facts.append(("Status", doc.status))
        story.append(self._facts_table(facts))
        story.append(Spacer(1, 4 * mm))
        story.append(self._parties_table())

        story.append(TextBlock("Fees", s.heading))
        if doc.fee_lines:
            rows = [self._fee_row(n, line) for n, line in enumerate(doc.fee_lines, 1)]
            rows.append(["", "Total fees", "", "", "", self.money(doc.fee_total)])
            fractions = (
                (0.16, 0.30, 0.11, 0.13, 0.14, 0.16)
                if not s.large_print
                else (0.19, 0.27, 0.11, 0.12, 0.14, 0.17)
            )
            story.append(
                self.table(
                    ["Date", "Activity", "Time", "Basis", "Rate", "Amount"],
                    rows,
                    fractions,
                    right_columns=(5,),
                    footer_rows=1,
                )
            )
        else:
            story.append(TextBlock("No fee lines in this claim.", s.body))

        story.append(TextBlock("Expenses", s.heading))
        if doc.expense_lines:
            rows = [self._expense_row(n, line) for n, line in enumerate(doc.expense_lines, 1)]
            rows.append(["", "Total expenses", "", "", self.money(doc.expense_total)])
            story.append(
                self.table(
                    ["Date", "Category", "Description", "Receipt", "Amount"],
                    rows,
                    (0.16, 0.18, 0.35, 0.13, 0.18)
                    if not s.large_print
                    else (0.19, 0.18, 0.27, 0.18, 0.18),
                    right_columns=(4,),
                    footer_rows=1,
                )
            )
        else:
            story.append(TextBlock("No expense lines in this claim.", s.body))

        if self._notes:
            story.append(TextBlock("Full text of long entries", s.heading))
            for n, (where, text) in enumerate(self._notes, 1):
                story.append(TextBlock(f"Note {n}: {where}", s.body_bold))
                story.append(TextBlock(text, s.body))
                story.append(Spacer(1, 2 * mm))

        if doc.show_bank_details and doc.bank:
            story.extend(self._bank_block(doc.bank))
        # The totals, the declaration and the signature stay on one page: a declaration
        # signed alone on an otherwise empty page does not say what it declares.
        story.append(
            KeepTogether(
                [
                    Spacer(1, 3 * mm),
                    self.table(
                        ["Summary", "Amount"],
                        [
                            ["Fees", self.money(doc.fee_total)],
                            ["Expenses", self.money(doc.expense_total)],
                            ["Total claimed", self.money(doc.total)],
                        ],
                        (0.7, 0.3),
                        right_columns=(1,),
                        footer_rows=1,
                    ),
                    *self._declaration_block(),
                ]
            )
        )
        story.extend(self._receipt_pages())
        return story

    def _facts_table(self, facts: list[tuple[str, str]]) -> Table:
        s = self.styles
        from reportlab.platypus import TableStyle

        data = [
            [TextBlock(k, s.body_bold), TextBlock(self.cell_text(v, k), s.body)] for k, v in facts
        ]
        width = self.content_width()
        table = Table(data, colWidths=[width * 0.28, width * 0.72], hAlign="LEFT", splitInRow=1)
        table.setStyle(
            TableStyle(
                [
                    ("VALIGN", (0, 0), (-1, -1), "TOP"),
                    *self.cell_font_commands(),
                    ("LEFTPADDING", (0, 0), (-1, -1), 0),
                    ("TOPPADDING", (0, 0), (-1, -1), 1),
                    ("BOTTOMPADDING", (0, 0), (-1, -1), 1),
                ]
            )
        )
        return table

    def _party_lines(self, pairs: list[tuple[str, str]]) -> list[Flowable]:
        s = self.styles
        blocks: list[Flowable] = []
        for where, value in pairs:
            if clean_text(value).strip():
                blocks.append(TextBlock(self.cell_text(value, where), s.body))
        return blocks

    def _parties_table(self) -> Table:
        from reportlab.platypus import TableStyle

        s, c, a = self.styles, self.doc.claimant, self.doc.addressee
        left: list[Flowable] = [TextBlock("From", s.body_bold)]
        left += self._party_lines(
            [
                ("Your name", c.name),
                ("Your address", c.address),
                ("Your email", c.email),
                ("Your phone", c.phone),
            ]
        )
        right: list[Flowable] = [TextBlock("To", s.body_bold)]
        contact = clean_text(a.contact_name).strip()
        right += self._party_lines(
            [
                ("Organisation", a.organisation),
                ("Department", a.department),
                ("Contact", f"For the attention of {contact}" if contact else ""),
                ("Organisation address", a.address),
                ("Organisation email", a.email),
            ]
        )
        width = self.content_width()
        if self.styles.large_print:
            table = Table([[left], [right]], colWidths=[width], hAlign="LEFT", splitInRow=1)
        else:
            table = Table(
                [[left, right]], colWidths=[width / 2, width / 2], hAlign="LEFT", splitInRow=1
            )
        table.setStyle(
            TableStyle(
                [
                    ("VALIGN", (0, 0), (-1, -1), "TOP"),
                    *self.cell_font_commands(),
                    ("LEFTPADDING", (0, 0), (-1, -1), 0),
                    ("RIGHTPADDING", (0, 0), (-1, -1), 8),
                    ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
                ]
            )
        )
        return table

    def _fee_row(self, n: int, line: FeeLine) -> list[str]:
        where = f"fee line {n}"
        return [
            format_date(line.date),
            self.cell_text(line.activity, f"{where}, activity"),
            self.cell_text(line.time_text, f"{where}, time"),
            self.cell_text(line.basis_text, f"{where}, basis"),
            self.cell_text(line.rate_text, f"{where}, rate"),
            self.money(line.amount),
        ]

    def _expense_row(self, n: int, line: ExpenseLine) -> list[str]:
        where = f"expense line {n}"
        return [
            format_date(line.date),
            self.cell_text(line.category, f"{where}, category"),
            self.cell_text(line.description, f"{where}, description"),
            self.cell_text(", ".join(line.receipt_refs), f"{where}, receipt"),
            self.money(line.amount),
        ]

    def _bank_block(self, bank: BankDetails) -> list[Flowable]:
        s, masked = self.styles, self.doc.mask_bank
        sort_code = (
            masked_sort_code(bank.sort_code) if masked else formatted_sort_code(bank.sort_code)
        )
        number = (
            masked_account_number(bank.account_number)
            if masked
            else clean_text(bank.account_number)
        )
        blocks: list[Flowable] = [TextBlock("Pay to", s.heading)]
        blocks.append(
            self._facts_table(
                [
                    ("Account name", bank.account_name),
                    ("Sort code", sort_code),
                    ("Account number", number),
                ]
            )
        )
        if masked:
            blocks.append(
                TextBlock(
                    "Bank details are partly hidden; I will give them in full on request.", s.small
                )
            )
        return blocks

    def _declaration_block(self) -> list[Flowable]:
        s, doc = self.styles, self.doc
        blocks: list[Flowable] = [
            TextBlock("Declaration", s.heading),
            TextBlock(doc.declaration, s.body),
            Spacer(1, 4 * mm),
        ]
        if doc.signature_image:
            image = prepare_image(
                doc.signature_image, "The signature image", keep_transparency=True
            )
            blocks += [
                TextBlock("Signed", s.body_bold),
                _Signature(image, 70 * mm, 25 * mm),
                TextBlock(
                    f"{clean_text(doc.claimant.name)}, {format_date(doc.claim_date)}", s.body
                ),
            ]
        else:
            blocks += [
                Spacer(1, 8 * mm),
                TextBlock("Signed: ______________________________    Date: ______________", s.body),
                TextBlock(clean_text(doc.claimant.name), s.body),
            ]
        return blocks

    def _receipt_pages(self) -> list[Flowable]:
        from pypdf import PdfReader
        from pypdf.errors import PdfReadError

        s = self.styles
        self._pdf_receipts = []
        blocks: list[Flowable] = []
        prepare_images(
            [r.data for r in self.doc.receipts if r.media_type in ("image/png", "image/jpeg")]
        )
        for index, receipt in enumerate(self.doc.receipts):
            label = f"Receipt {clean_text(receipt.reference)} — {clean_text(receipt.filename)}"
            what = f"Receipt {clean_text(receipt.reference)} ({clean_text(receipt.filename)})"
            if receipt.media_type == "application/pdf":
                try:
                    reader = PdfReader(io.BytesIO(receipt.data))
                    if reader.is_encrypted and not reader.decrypt(""):
                        raise UserError(
                            f"{what} is a password-protected PDF; attach an unlocked copy."
                        )
                    count = len(reader.pages)
                except UserError:
                    raise
                except (PdfReadError, ValueError, KeyError, TypeError, OSError) as exc:
                    raise UserError(
                        f"{what} could not be read as a PDF ({type(exc).__name__})."
                    ) from None
                if count == 0:
                    raise UserError(f"{what} is a PDF with no pages.")
                entry = _PdfReceipt(receipt, reader, count)
                for page in range(count):
                    slot = _Slot(index, page)
                    entry.slots.append(slot)
                    blocks += [
                        PageBreak(),
                        TextBlock(f"{label} (page {page + 1} of {count})", s.heading),
                        _ReceiptArea(slot=slot),
                    ]
                self._pdf_receipts.append(entry)
            elif receipt.media_type in ("image/png", "image/jpeg"):
                image = prepare_image(receipt.data, what)
                blocks += [PageBreak(), TextBlock(label, s.heading), _ReceiptArea(image=image)]
            else:
                raise UserError(
                    f"{what} is a {receipt.media_type or 'unknown'} file; receipts must be PNG, "
                    "JPEG or PDF."
                )
        return blocks

    def render(self) -> bytes:
        pdf = super().render()
        if not self._pdf_receipts:
            return pdf
        return self._place_pdf_receipts(pdf)

    def _place_pdf_receipts(self, pdf: bytes) -> bytes:
        from pypdf import PdfReader, PdfWriter, Transformation
        from pypdf.generic import NameObject

        writer = PdfWriter(clone_from=PdfReader(io.BytesIO(pdf)))
        for entry in self._pdf_receipts:
            # A copy attached to a writer, so rotated pages can be turned upright in place.
            upright = PdfWriter(clone_from=entry.reader)
            for slot in entry.slots:
                source = upright.pages[slot.page_index]
                if source.rotation:
                    source.transfer_rotation_to_content()
                box = source.mediabox
                src_w, src_h = float(box.width), float(box.height)
                x, y, w, h = slot.box
                scale = min(w / src_w, h / src_h)
                dx = x + (w - src_w * scale) / 2
                dy = y + h - src_h * scale
                target = writer.pages[slot.page_number - 1]
                transform = (
                    Transformation()
                    .translate(-float(box.left), -float(box.bottom))
                    .scale(scale)
                    .translate(dx, dy)
                )
                target.merge_transformed_page(source, transform)
                # Nothing clickable from a receipt: only what it prints.
                if NameObject("/Annots") in target:
                    del target[NameObject("/Annots")]
        out = io.BytesIO()
        writer.write(out)
        return out.getvalue()


def render_claim_pdf(doc: ClaimDocument) -> bytes:
    """The claim as PDF bytes. Raises UserError (before any layout) if some text has
    characters no shipped font can draw, or a receipt cannot be read."""
    check_claim_renderable(doc)
    return ClaimRenderer(doc).render()
