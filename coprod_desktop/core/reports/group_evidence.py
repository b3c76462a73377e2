"""The group evidence pack PDF: the case per organisation on the opening page, then the detail,
each table titled by the question it answers.

Figures come in finished (`GroupFigures`, from `core.services.group_evidence`): nothing here
adds up, merges or withholds; it says in words what the figures show and, at the end, what was
merged or left out so that no member can be picked out. The group speaks of itself as
"members" ("declined by members", "led by members"), never "me" or "us".

Shared with the member's evidence pack: the page, the styles (large print too), the tables that
split into narrower ones at 16 pt, and the handling of member text (never parsed as markup).
"""

from __future__ import annotations

from datetime import date

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, PageBreak, Spacer

from coprod_desktop.core.domain.errors import UserError
from coprod_desktop.core.domain.group_views import GroupFigures, OrgCase
from coprod_desktop.core.domain.progress import Progress, no_progress
from coprod_desktop.core.reports.base import DocumentInfo, DocumentRenderer
from coprod_desktop.core.reports.claim_data import format_date
from coprod_desktop.core.reports.fonts import find_unrenderable
from coprod_desktop.core.reports.group_evidence_detail import GroupDetail
from coprod_desktop.core.reports.group_evidence_words import (
    days_text,
    months_words,
    percent,
    plural,
    sources_text,
)
from coprod_desktop.core.reports.text import TextBlock


def check_group_renderable(g: GroupFigures) -> None:
    fields = [(f"organisation {c.code}", f"{c.code} {c.name}") for c in g.cases]
    fields += [
        (f"an activity at {w.organisation_code}", f"{w.title} {w.impact} {w.feedback}")
        for w in g.own_words
    ]
    problems = find_unrenderable(text for _, text in fields)
    if problems:
        first = problems[0]
        raise UserError(
            f"The group pack cannot show '{first.character}' ({first.codepoint} "
            f"{first.char_name.title()}) in {fields[first.text_index][0]}: no font in the app "
            "has it (emoji are not supported); ask the member for a bundle without it.",
            "bundle",
        )


class GroupEvidenceRenderer(GroupDetail):
    """The group pack. It borrows the member pack's table and heading helpers; its story and
    words are its own."""

    def __init__(
        self, figures: GroupFigures, *, progress: Progress = no_progress, large_print: bool = False
    ) -> None:
        self.g = figures
        self.progress = progress
        DocumentRenderer.__init__(
            self,
            DocumentInfo(
                title="Group evidence pack",
                author="",
                subject="The case per organisation: re-classifications, lateness, and how "
                "work was described against members' judgement",
                keywords="group evidence, involvement, co-production, advocacy",
                created=figures.period_end or date(2000, 1, 1),
            ),
            large_print=large_print,
        )
        self._notes = []

    def story(self) -> list[Flowable]:
        self._notes = []
        steps = (
            self._opening,
            self._hours_table,
            self._lateness_table,
            self._overdue_table,
            self._changes_table,
            self._levels_tables,
            self._power_table,
            self._words,
            self._withheld,
        )
        story: list[Flowable] = []
        for done, step in enumerate(steps):
            self.progress(done, len(steps) + 1)
            story += step()
        if self._notes:
            story += self.heading("Full text of long entries")
            for n, text in enumerate(self._notes, 1):
                story += [
                    TextBlock(f"Note {n}", self.styles.body_bold),
                    TextBlock(text, self.styles.body),
                ]
        self.progress(len(steps), len(steps) + 1)
        return story

    def _period(self) -> str:
        g = self.g
        if g.period_start is None or g.period_end is None:
            return "Period: no figures fall in the dates asked for."
        text = f"Period: {format_date(g.period_start)} to {format_date(g.period_end)}"
        if g.asked_from or g.asked_to:
            start = format_date(g.asked_from) or "the start"
            asked = f"{start} to {format_date(g.asked_to) or 'the end'}"
            text += (
                f" (asked for {asked}; members' bundles keep figures by tax year, so whole "
                "tax years are counted)"
            )
        else:
            text += " (whole tax years: members' bundles keep figures by tax year)"
        return text + "."

    def _opening(self) -> list[Flowable]:
        g, s = self.g, self.styles
        facts = [
            f"Combined from {g.members} members' anonymised evidence bundles.",
            self._period(),
        ]
        if g.organisations_asked:
            facts.append(f"Organisations asked for: {', '.join(g.organisations_asked)}.")
        out: list[Flowable] = [
            TextBlock("Group evidence pack", s.title),
            TextBlock(" ".join(facts), s.body),
            Spacer(1, 2 * mm),
            TextBlock("The case, organisation by organisation (largest harm first)", s.heading),
        ]
        cases = [c for c in g.cases if not c.merged]
        if not cases:
            out.append(TextBlock("No organisation is named by 3 or more members.", s.body))
        for case in cases:
            out.append(KeepTogether(self._case_block(case)))
        if g.withheld:
            out.append(
                TextBlock(
                    f"To protect members, {plural(len(g.withheld), 'figure')} "
                    "standing for fewer than 3 members "
                    f"{'is' if len(g.withheld) == 1 else 'are'} merged or left out: see the "
                    "last page.",
                    s.small,
                )
            )
        # The case stands on its own: the detail starts on a page of its own.
        out.append(PageBreak())
        return out

    def _case_block(self, c: OrgCase) -> list[Flowable]:
        s = self.styles

        def members(name: str, n: int) -> str:
            return "fewer than 3" if c.hides(name) else str(n)

        lines = [
            f"{members('affected', c.affected)} of {self.g.members} members affected"
            + (
                f" ({members('reclassified', c.reclassified_members)} re-classified or paid "
                f"less, {members('late', c.late_members)} paid late, "
                f"{members('overstated', c.overstated_members)} whose work was described as "
                "more than it was)"
                if c.affected
                else ""
            )
            + f"; {c.members} of {self.g.members} members worked with it."
        ]
        for ch in c.changes:
            lines.append(
                f"{months_words(ch.first_month, ch.last_month)}: "
                f"{'re-classified' if ch.reclassified else 'terms changed'} from {ch.before} to "
                f"{ch.after}, for {ch.members} members (source: {sources_text(ch.sources)}). "
                f"Cost to them at the old terms: {self.money(ch.cost)} over "
                f"{plural(ch.activities, 'activity', 'activities')}."
            )
        if c.median_days_to_pay is not None:
            lines.append(
                f"Days to pay: median {days_text(c.median_days_to_pay)} days against "
                f"{days_text(c.median_promised_days)} promised; the longest wait "
                f"{c.worst_days_to_pay} days."
                + ("" if c.hides("overdue") else f" {c.overdue} claims overdue today.")
            )
        elif c.submitted:
            lines.append(
                f"{c.submitted} claims submitted; too few members were paid to show days to pay."
            )
        if c.called_coproduction and c.called_members >= 3 and not c.hides("called_low"):
            lines.append(
                f"Work it called co-production or co-design: {c.called_coproduction} activities; "
                f"members judged {c.called_judged_consultation} of them "
                f"({percent(c.called_judged_consultation, c.called_coproduction)}) as "
                "consultation or less."
            )
        return [
            Spacer(1, 2 * mm),
            TextBlock(self.org_name(c), s.body_bold),
            *[TextBlock(f"•  {line}", s.body) for line in lines],
        ]

    def _withheld(self) -> list[Flowable]:
        s = self.styles
        out = self.heading("How this pack protects members")
        out.append(
            TextBlock(
                "No member can be picked out from this pack or from the bundles it was made "
                "from: they hold no names, contacts, notes, claim numbers, rates or words of "
                "members' own (unless a member chose to share them), no claim's own date or "
                "amount, and no date finer than the month. Every figure stands for 3 or more "
                "members; where one would not, it is merged or left out, as follows.",
                s.body,
            )
        )
        for sentence in self.g.withheld or ("Nothing needed to be merged or left out.",):
            out.append(TextBlock(f"•  {sentence}", s.body))
        return out


def render_group_pdf(
    figures: GroupFigures, *, progress: Progress = no_progress, large_print: bool = False
) -> bytes:
    """The group pack as PDF bytes (in large print if asked)."""
    check_group_renderable(figures)
    pdf = GroupEvidenceRenderer(figures, progress=progress, large_print=large_print).render()
    progress(1, 1)
    return pdf
