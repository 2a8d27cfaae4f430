"""The Arabic of every interface message, keyed by (lupdate context, English source text).

Data only: ``scripts/fill_translations_ar.py`` writes it into the .ts catalogue. A new
string in ui/ (or a core message marked with ``QT_TRANSLATE_NOOP``) needs its entry in the
module of its area; plural ``%n`` messages take Arabic's six forms (:mod:`.forms`):

- :mod:`.counter`: the clerk's screens (the queue, the open request, rejection, the fee);
- :mod:`.post`: after the counter (the post, the citizen's messages, the pickup shelf);
- :mod:`.supervisor`: the supervisor's screens (review, dashboard, reconciliations, fees);
- :mod:`.refusals`: the rules' and the server's refusals, as the clerk reads them;
- :mod:`.workstation`: the workstation's key, the print ledger, a new workstation's set-up.
"""

from __future__ import annotations

from translations_ar import counter, post, refusals, supervisor, workstation
from translations_ar.forms import ARABIC_PLURAL_FORMS, Plural


def _merged(*parts: dict[tuple[str, str], str | Plural]) -> dict[tuple[str, str], str | Plural]:
    """The areas' entries in one dictionary; a message given in two areas is a mistake
    (one of the two would silently win)."""
    merged: dict[tuple[str, str], str | Plural] = {}
    for part in parts:
        for key, arabic in part.items():
            if key in merged:
                raise ValueError(f"{key!r} is translated in two areas")
            merged[key] = arabic
    return merged


AR = _merged(counter.AR, post.AR, supervisor.AR, refusals.AR, workstation.AR)

__all__ = ["AR", "ARABIC_PLURAL_FORMS", "Plural"]
