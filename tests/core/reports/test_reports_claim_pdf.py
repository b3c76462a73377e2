"""The claim PDF: what a finance officer reads in it, and what an attacker cannot put in it."""

from __future__ import annotations

import io
import re
import unicodedata
from dataclasses import replace
from datetime import date

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from pypdf import PdfReader
from reports_samples import (
    SCRIPT_SAMPLES,
    jpeg_bytes,
    png_bytes,
    receipt_pdf_bytes,
    sample_claim,
    scripts_claim,
)

from coprod_desktop.core.domain.errors import UserError
from coprod_desktop.core.domain.money import Money
from coprod_desktop.core.reports.claim import render_claim_pdf
from coprod_desktop.core.reports.claim_data import (
    Addressee,
    BankDetails,
    Claimant,
    ExpenseLine,
    FeeLine,
    Receipt,
)

LONG = "x" * 20_000


def extract(pdf: bytes) -> tuple[PdfReader, str]:
    reader = PdfReader(io.BytesIO(pdf))
    text = "\n".join(page.extract_text() for page in reader.pages)
    return reader, text


def flat(text: str) -> str:
    """Extracted text without line breaks and with Arabic presentation forms folded back."""
    return re.sub(r"\s+", " ", unicodedata.normalize("NFKC", text))


def image_count(reader: PdfReader) -> int:
    count = 0
    for page in reader.pages:
        resources = page.get("/Resources")
        xobjects = resources.get_object().get("/XObject") if resources else None
        if not xobjects:
            continue
        for ref in xobjects.get_object().values():
            if ref.get_object().get("/Subtype") == "/Image":
                count += 1
    return count


def annotation_kinds(reader: PdfReader) -> list[str]:
    kinds = []
    for page in reader.pages:
        for annot in page.get("/Annots") or []:
            kinds.append(str(annot.get_object().get("/Subtype")))
    return kinds


@pytest.fixture(scope="module")
def sample_pdf() -> bytes:
    return render_claim_pdf(sample_claim(show_bank_details=True))


def test_every_line_total_and_receipt_label_is_in_the_text(sample_pdf: bytes) -> None:
    reader, text = extract(sample_pdf)
    text = flat(text)
    for expected in (
        "Claim NUH-2026-004",
        "Rukhsana Begum",
        "Nottingham University Hospitals",
        "For the attention of Dr Jane Smith",
        "31 Mar 2026",
        "1 Mar 2026 to 31 Mar 2026",
        "Research advisory group meeting",
        "£62.50",
        "£150.00",
        "£40.00",
        "City Hospital car park",
        "£18.90",
        "£6.50",
        "£23.40",
        "R2, R3",
        "Total fees £252.50",
        "Total expenses £48.80",
        "Total claimed £301.30",
        "Receipt R1 — parking.png",
        "Receipt R2 — ticket.pdf (page 1 of 3)",
        "Receipt R2 — ticket.pdf (page 3 of 3)",
        "Receipt R3 — ticket-photo.jpg",
        "Train ticket page 2",  # the receipt PDF's own text, placed on its page
        "Declaration",
    ):
        assert expected in text, expected
    assert f"Page 1 of {len(reader.pages)}" in text


def test_page_count_is_claim_pages_plus_receipt_pages(sample_pdf: bytes) -> None:
    without = render_claim_pdf(sample_claim(show_bank_details=True, receipts=()))
    claim_pages = len(PdfReader(io.BytesIO(without)).pages)
    reader = PdfReader(io.BytesIO(sample_pdf))
    # R1 image: 1 page, R2 PDF: 3 pages, R3 image: 1 page
    assert len(reader.pages) == claim_pages + 1 + 3 + 1
    # Receipts come in the claim's order, each on its own page.
    tail = [reader.pages[i].extract_text() for i in range(claim_pages, len(reader.pages))]
    assert "Receipt R1" in tail[0]
    assert "Receipt R2" in tail[1] and "Train ticket page 1" in tail[1]
    assert "Train ticket page 3" in tail[3]
    assert "Receipt R3" in tail[4]


def test_only_the_images_the_app_placed(sample_pdf: bytes) -> None:
    reader = PdfReader(io.BytesIO(sample_pdf))
    assert image_count(reader) == 2  # R1 and R3; the PDF receipt has none
    signed = render_claim_pdf(sample_claim(signature_image=png_bytes(300, 100, "#000000")))
    assert image_count(PdfReader(io.BytesIO(signed))) == 3


def test_every_font_is_embedded(sample_pdf: bytes) -> None:
    fonts = set(re.findall(rb"/BaseFont\s*/([^\s/>]+)", sample_pdf))
    # The receipt PDF brings its own Helvetica; the claim pages only embedded subsets.
    claim_only = render_claim_pdf(sample_claim(receipts=()))
    assert all(b"+" in name for name in re.findall(rb"/BaseFont\s*/([^\s/>]+)", claim_only))
    assert fonts


def test_metadata_title_author_subject(sample_pdf: bytes) -> None:
    meta = PdfReader(io.BytesIO(sample_pdf)).metadata
    assert meta.title == "Claim NUH-2026-004"
    assert meta.author == "Rukhsana Begum"
    assert "Nottingham University Hospitals" in meta.subject
    assert meta.creation_date.date() == date(2026, 3, 31)


def test_same_input_same_bytes(sample_pdf: bytes) -> None:
    assert render_claim_pdf(sample_claim(show_bank_details=True)) == sample_pdf
    simple = sample_claim(receipts=())
    assert render_claim_pdf(simple) == render_claim_pdf(simple)


def test_bank_details_masked_by_default_and_hidden_unless_chosen(sample_pdf: bytes) -> None:
    text = flat(extract(sample_pdf)[1])
    assert "**-**-56" in text and "****4321" in text
    assert "87654321" not in text and "12-34-56" not in text
    full = flat(
        extract(
            render_claim_pdf(sample_claim(show_bank_details=True, mask_bank=False, receipts=()))
        )[1]
    )
    assert "12-34-56" in full and "87654321" in full
    hidden = flat(extract(render_claim_pdf(sample_claim(receipts=())))[1])
    assert "4321" not in hidden and "Pay to" not in hidden


def test_signature_line_when_no_image() -> None:
    text = flat(extract(render_claim_pdf(sample_claim(receipts=())))[1])
    assert "Signed: ____" in text and "Date: ____" in text


HOSTILE = [
    "<b>x</b>",
    '<img src="/etc/passwd"/>',
    '<link href="http://evil">x</link>',
    "<font color=red>red</font>",
    "&amp; & <",
    "=cmd|' /C calc'!A0",
    "a\x00b\x01c",
    "\u200fRTL mark\u200e",
]


def hostile_claim(value: str):
    return sample_claim(
        claimant=Claimant(value, value, value, value),
        addressee=Addressee(value, value, value, value, value),
        claim_number=value,
        status=value,
        declaration=value,
        fee_lines=(FeeLine(date(2026, 3, 2), value, value, value, value, Money(100)),),
        expense_lines=(ExpenseLine(date(2026, 3, 2), value, value, (value,), Money(-250)),),
        fee_total=Money(100),
        expense_total=Money(-250),
        total=Money(-150),
        bank=BankDetails(value, value, value),
        show_bank_details=True,
        receipts=(Receipt("R1", value, "image/png", png_bytes()),),
    )


@pytest.mark.parametrize("value", HOSTILE)
def test_hostile_text_is_shown_literally_and_adds_nothing(value: str) -> None:
    pdf = render_claim_pdf(hostile_claim(value))
    reader, text = extract(pdf)
    shown = (
        value.replace("\x00", "").replace("\x01", "").replace("\u200f", "").replace("\u200e", "")
    )
    assert shown in text.replace("\u200f", "").replace("\u200e", "")
    assert annotation_kinds(reader) == []
    assert b"/URI" not in pdf and b"/Link" not in pdf and b"/JavaScript" not in pdf
    assert image_count(reader) == 1  # the one receipt image


def test_twenty_thousand_characters_without_a_space_in_every_field() -> None:
    pdf = render_claim_pdf(hostile_claim(LONG))
    reader, text = extract(pdf)
    # Long fields appear wrapped (in a note under the tables, or in place); page headers and
    # footers interrupt the runs, so count characters. 21 fields are shown at least once.
    assert text.count("x") >= 21 * len(LONG)
    assert "continues in note 1 below the tables" in flat(text)
    assert annotation_kinds(reader) == []


def test_long_cell_text_is_shown_exactly_once_in_full() -> None:
    claim = sample_claim(
        fee_lines=(FeeLine(date(2026, 3, 2), "q" * 20_000, "1h", "Hourly", "£20", Money(2000)),),
        expense_lines=(ExpenseLine(date(2026, 3, 2), "Travel", "z" * 20_000, (), Money(100)),),
        receipts=(),
    )
    text = extract(render_claim_pdf(claim))[1]
    assert text.count("q") == 20_000 + 160  # the note in full, and its start in the cell
    assert text.count("z") == 20_000 + 160


def test_long_text_with_spaces_splits_across_pages() -> None:
    essay = " ".join(["involvement"] * 3000)
    pdf = render_claim_pdf(sample_claim(declaration=essay, receipts=()))
    reader, text = extract(pdf)
    assert len(reader.pages) >= 3
    assert flat(text).count("involvement") >= 3000


def test_seven_scripts_render_and_come_back_out() -> None:
    text = extract(render_claim_pdf(scripts_claim()))[1]
    text = flat(text)
    for name in ("Welsh", "Polish", "Greek", "Chinese"):
        for word in SCRIPT_SAMPLES[name].replace("，", " ").split()[:3]:
            assert word.strip(",") in text, (name, word)
    assert "Tŷ Gwyn" in text and "gŵr" in text and "Łódź" in text
    # Arabic and Bengali come out as shaped glyphs; their letters are still there.
    for name in ("Arabic", "Urdu", "Bengali"):
        letters = {c for c in SCRIPT_SAMPLES[name] if c.isalpha()}
        found = {c for c in unicodedata.normalize("NFKC", text) if c in letters}
        assert len(found) >= len(letters) * 0.6, name


def test_emoji_is_refused_with_the_field_named() -> None:
    claim = sample_claim(
        fee_lines=(
            FeeLine(date(2026, 3, 2), "Great meeting 😀", "1h", "Hourly", "£20", Money(2000)),
        ),
        receipts=(),
    )
    with pytest.raises(UserError) as caught:
        render_claim_pdf(claim)
    assert "U+1F600" in caught.value.message
    assert "fee line 1 activity" in caught.value.message


@pytest.mark.parametrize(
    ("media_type", "data"),
    [
        ("image/png", b"not a png at all"),
        ("application/pdf", b"%PDF-1.4 nonsense"),
        ("application/zip", b"PK"),
    ],
)
def test_bad_receipts_are_refused_plainly(media_type: str, data: bytes) -> None:
    claim = sample_claim(receipts=(Receipt("R9", "bad.file", media_type, data),))
    with pytest.raises(UserError) as caught:
        render_claim_pdf(claim)
    assert "R9" in caught.value.message


def test_image_bomb_is_refused() -> None:
    import struct
    import zlib

    def chunk(kind: bytes, body: bytes) -> bytes:
        return (
            struct.pack(">I", len(body)) + kind + body + struct.pack(">I", zlib.crc32(kind + body))
        )

    header = struct.pack(">IIBBBBB", 14000, 14000, 8, 2, 0, 0, 0)
    bomb = b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IEND", b"")
    with pytest.raises(UserError):
        render_claim_pdf(sample_claim(receipts=(Receipt("R1", "bomb.png", "image/png", bomb),)))


def test_large_print_uses_big_type() -> None:
    pdf = render_claim_pdf(replace(sample_claim(receipts=()), large_print=True))
    reader = PdfReader(io.BytesIO(pdf))
    content = reader.pages[0].get_contents().get_data().decode("latin-1")
    sizes = [float(s) for s in re.findall(r"/F\d+\+?\d* ([\d.]+) Tf", content)]
    assert sizes and min(sizes) >= 14  # footer 14 pt, everything else 16 pt or more
    assert sorted(sizes)[len(sizes) // 2] >= 16
    assert len(reader.pages) > len(
        PdfReader(io.BytesIO(render_claim_pdf(sample_claim(receipts=())))).pages
    )


def test_rotated_and_odd_sized_pdf_receipt_fits() -> None:
    from pypdf import PdfWriter

    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(receipt_pdf_bytes(1, "Rotated"))))
    writer.pages[0].rotate(90)
    buffer = io.BytesIO()
    writer.write(buffer)
    claim = sample_claim(
        receipts=(
            Receipt("R1", "rotated.pdf", "application/pdf", buffer.getvalue()),
            Receipt("R2", "tall.jpg", "image/jpeg", jpeg_bytes(200, 2400)),
        )
    )
    text = flat(extract(render_claim_pdf(claim))[1])
    assert "Rotated page 1" in text and "Receipt R2 — tall.jpg" in text


_ALPHABET = st.sampled_from(
    [*"ab ŵłΩ<>&=\u200f\n", "محمد", "রুখসানা", "王小明", "x" * 700, " " * 3, "12"]
)


@settings(max_examples=25, deadline=None)
@given(st.lists(_ALPHABET, max_size=40).map("".join), st.booleans())
def test_any_text_in_any_field_builds(value: str, large: bool) -> None:
    claim = replace(hostile_claim(value), large_print=large, receipts=())
    reader = PdfReader(io.BytesIO(render_claim_pdf(claim)))
    assert len(reader.pages) >= 1
    assert annotation_kinds(reader) == []
