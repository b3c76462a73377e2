"""How an organisation's word for an activity compares with the member's own judgement.

Organisations describe work in their own words ("co-production", "engagement"); the member
judges it on a ladder (informed ... led by us). The common words are placed on the same ladder
so the evidence pack can count work described as more than the member judged it, the pattern
advocates report ("most 'co-produced' work was consultation"). Words not on the list are never
guessed at: they are not counted as over- or under-stated.
"""

from __future__ import annotations

import re

from coprod_desktop.core.domain.kinds import DESCRIBED_LEVELS, Level

#: The rung each common description claims. "Engagement" and "involvement" both claim the
#: middle rung: more than being consulted, less than designing together.
DESCRIBED_RANK: dict[str, int] = {
    "information": Level.INFORMED.rank,
    "consultation": Level.CONSULTED.rank,
    "engagement": Level.INVOLVED.rank,
    "involvement": Level.INVOLVED.rank,
    "co-design": Level.CO_DESIGNED.rank,
    "co-production": Level.CO_PRODUCED.rank,
}
assert set(DESCRIBED_RANK) == set(DESCRIBED_LEVELS)

_SPACES = re.compile(r"\s+")


def normalise_described(text: str) -> str:
    """The description as one comparable phrase: trimmed, single-spaced, lower case, and
    "co production" / "coproduction" written as the list writes it."""
    words = _SPACES.sub(" ", str(text or "")).strip().casefold()
    for listed in DESCRIBED_LEVELS:
        if listed.startswith("co-") and words in (
            listed.replace("-", " "),
            listed[:2] + listed[3:],
        ):
            return listed
    return words


def described_above_judged(described: str, judged: str) -> bool:
    """True when a listed description claims a higher rung than the member's judgement."""
    rank = DESCRIBED_RANK.get(normalise_described(described))
    if rank is None or not judged:
        return False
    return rank > Level(judged).rank
