"""Orthographic normalisation of Arabic names, one named step at a time.

Two spellings of a name count as *equivalent* when they become equal after these steps
and nothing else. Each step only erases a difference of writing, never of letters:
a step may drop marks (tashkeel, tatweel, invisible direction marks), fold one letter
shape into its sibling (أ → ا, ى → ي, ة → ه, ٣ → 3) or move spaces. None adds or removes
a letter, which is why كريم and كريمة stay different.

The steps compose (``normalise(text, steps)``), and :func:`steps_that_matter` reports
which of them were needed to make two spellings equal, so a clerk can read why.
:func:`normalise_name` applies all of them in one pass of ``str.translate`` plus one
``split``: the comparison engine calls it for every field of every request.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from enum import StrEnum

from clerk_desk.digits import fold_digits


class NormalisationStep(StrEnum):
    """The steps in the order :func:`normalise_name` applies them."""

    INVISIBLE = "invisible"
    DIACRITICS = "diacritics"
    TATWEEL = "tatweel"
    DIGITS = "digits"
    HAMZA = "hamza"
    ALEF_MAQSURA = "alef_maqsura"
    TAA_MARBUTA = "taa_marbuta"
    SPACES = "spaces"
    COMPOUND = "compound"


ALL_STEPS: tuple[NormalisationStep, ...] = tuple(NormalisationStep)

# What each step erased, as a clerk reads it in an explanation.
STEP_LABELS_AR: dict[NormalisationStep, str] = {
    NormalisationStep.INVISIBLE: "محارف اتجاه غير مرئية",
    NormalisationStep.DIACRITICS: "التشكيل",
    NormalisationStep.TATWEEL: "التطويل (ـ)",
    NormalisationStep.DIGITS: "الأرقام الهندية أو الفارسية",
    NormalisationStep.HAMZA: "همزة الألف (أ إ آ ٱ = ا)",
    NormalisationStep.ALEF_MAQSURA: "الألف المقصورة والياء (ى = ي)",
    NormalisationStep.TAA_MARBUTA: "التاء المربوطة والهاء (ة = ه)",
    NormalisationStep.SPACES: "المسافات المكررة",
    NormalisationStep.COMPOUND: "الاسم المركب بمسافة أو دونها (عبد الله = عبدالله)",
}

STEP_LABELS_EN: dict[NormalisationStep, str] = {
    NormalisationStep.INVISIBLE: "invisible direction marks",
    NormalisationStep.DIACRITICS: "diacritics (tashkeel)",
    NormalisationStep.TATWEEL: "tatweel (ـ)",
    NormalisationStep.DIGITS: "Arabic-Indic or Persian digits",
    NormalisationStep.HAMZA: "hamza forms of alef (أ إ آ ٱ = ا)",
    NormalisationStep.ALEF_MAQSURA: "alef maqsura and yaa (ى = ي)",
    NormalisationStep.TAA_MARBUTA: "taa marbuta and haa (ة = ه)",
    NormalisationStep.SPACES: "repeated spaces",
    NormalisationStep.COMPOUND: "compound name with or without the space (عبد الله = عبدالله)",
}

# --- the character classes ---------------------------------------------------------------

# Zero-width and bidi controls that copy-paste from web pages and PDFs leaves behind:
# invisible on screen, so a clerk could never see why two values differ.
INVISIBLE_MARKS = (
    "\u00ad"  # soft hyphen
    "\u061c"  # Arabic letter mark
    "\u200b\u200c\u200d\u200e\u200f"  # zero-width space/joiners, LRM, RLM
    "\u202a\u202b\u202c\u202d\u202e"  # bidi embeddings and overrides
    "\u2060\u2066\u2067\u2068\u2069"  # word joiner, bidi isolates
    "\ufeff"  # byte-order mark / zero-width no-break space
)

# Tashkeel and the Quranic annotation marks; U+0653-U+0655 also cover a hamza or madda
# typed as a separate combining mark after a bare alef (ا + ٔ), so decomposed input folds
# like the precomposed letter.
DIACRITICS = "".join(
    chr(cp)
    for cp in (
        *range(0x0610, 0x061B),
        *range(0x064B, 0x0660),
        0x0670,
        *range(0x06D6, 0x06DD),
        *range(0x06DF, 0x06E5),
        0x06E7,
        0x06E8,
        *range(0x06EA, 0x06EE),
    )
)

TATWEEL = "\u0640"
HAMZA_ALEFS = "أإآٱ"
ALEF = "ا"
ALEF_MAQSURA = "ى"
YAA = "ي"
# ة is written only at a word's end. Inside a compound written together (نعمةالله) it
# still ends the first word, so folding it wherever it stands is the word-end rule
# without having to find where the words of a compound meet.
TAA_MARBUTA = "ة"
HAA = "ه"

# Compounds: the space after these first words, and before these second words, is optional.
# Only a space is ever removed, never a letter, so عبدالله never meets عبداللطيف.
COMPOUND_FIRST_WORDS = frozenset({"عبد", "ابو"})
COMPOUND_SECOND_WORDS = frozenset({"الله", "الدين"})

# --- translate tables, built once --------------------------------------------------------

_Table = dict[int, str | None]

# fold_digits (clerk_desk.digits) stays the one place that knows which digits fold.
_DIGIT_TABLE: _Table = {
    cp: fold_digits(chr(cp)) for cp in range(0x0600, 0x0700) if fold_digits(chr(cp)) != chr(cp)
}

_STEP_TABLES: dict[NormalisationStep, _Table] = {
    NormalisationStep.INVISIBLE: dict.fromkeys(map(ord, INVISIBLE_MARKS)),
    NormalisationStep.DIACRITICS: dict.fromkeys(map(ord, DIACRITICS)),
    NormalisationStep.TATWEEL: {ord(TATWEEL): None},
    NormalisationStep.DIGITS: _DIGIT_TABLE,
    NormalisationStep.HAMZA: {ord(c): ALEF for c in HAMZA_ALEFS},
    NormalisationStep.ALEF_MAQSURA: {ord(ALEF_MAQSURA): YAA},
    NormalisationStep.TAA_MARBUTA: {ord(TAA_MARBUTA): HAA},
}

# The character steps touch disjoint characters and map into characters no other step
# touches, so one merged table does all of them in one pass, in any order.
_ALL_TABLE: _Table = {k: v for table in _STEP_TABLES.values() for k, v in table.items()}

# Every character a character step changes; a name without any of them skips translate.
_FOLDABLE = frozenset(chr(cp) for cp in _ALL_TABLE)


def strip_invisible(text: str) -> str:
    """Remove zero-width characters and bidi controls."""
    return text.translate(_STEP_TABLES[NormalisationStep.INVISIBLE])


def strip_diacritics(text: str) -> str:
    """Remove tashkeel (fatha, damma, kasra, shadda, sukun, tanween, ...)."""
    return text.translate(_STEP_TABLES[NormalisationStep.DIACRITICS])


def strip_tatweel(text: str) -> str:
    """Remove tatweel (ـ), the stretching stroke."""
    return text.translate(_STEP_TABLES[NormalisationStep.TATWEEL])


def fold_hamza_alef(text: str) -> str:
    """Write أ إ آ ٱ as a bare alef ا."""
    return text.translate(_STEP_TABLES[NormalisationStep.HAMZA])


def fold_alef_maqsura(text: str) -> str:
    """Write alef maqsura ى as yaa ي."""
    return text.translate(_STEP_TABLES[NormalisationStep.ALEF_MAQSURA])


def fold_taa_marbuta(text: str) -> str:
    """Write taa marbuta ة as haa ه (ة only ever ends a word)."""
    return text.translate(_STEP_TABLES[NormalisationStep.TAA_MARBUTA])


def collapse_spaces(text: str) -> str:
    """Trim, and write every run of white space inside ``text`` as one space."""
    return " ".join(text.split())


def _join_words(words: list[str]) -> list[str]:
    joined: list[str] = []
    glue_next = False
    for word in words:
        if joined and (glue_next or word in COMPOUND_SECOND_WORDS):
            joined[-1] += word
        else:
            joined.append(word)
        glue_next = word in COMPOUND_FIRST_WORDS
    return joined


def join_compounds(text: str) -> str:
    """Write compound names together: عبد الله → عبدالله, ابو بكر → ابوبكر, نور الدين → نورالدين.

    Runs after :func:`fold_hamza_alef` (so أبو is recognised as ابو) and after
    :func:`collapse_spaces`: it splits on single spaces only, so it leaves any other
    white space to that step and the two can be told apart in an explanation.
    """
    return " ".join(_join_words(text.split(" ")))


_STEP_FUNCTIONS: dict[NormalisationStep, Callable[[str], str]] = {
    NormalisationStep.INVISIBLE: strip_invisible,
    NormalisationStep.DIACRITICS: strip_diacritics,
    NormalisationStep.TATWEEL: strip_tatweel,
    NormalisationStep.DIGITS: fold_digits,
    NormalisationStep.HAMZA: fold_hamza_alef,
    NormalisationStep.ALEF_MAQSURA: fold_alef_maqsura,
    NormalisationStep.TAA_MARBUTA: fold_taa_marbuta,
    NormalisationStep.SPACES: collapse_spaces,
    NormalisationStep.COMPOUND: join_compounds,
}


def step_function(step: NormalisationStep) -> Callable[[str], str]:
    """The function that performs ``step`` on its own."""
    return _STEP_FUNCTIONS[step]


def normalise(text: str, steps: Iterable[NormalisationStep] = ALL_STEPS) -> str:
    """Apply ``steps`` to ``text``, always in the canonical order of :class:`NormalisationStep`."""
    wanted = frozenset(steps)
    for step in ALL_STEPS:
        if step in wanted:
            text = _STEP_FUNCTIONS[step](text)
    return text


def normalise_name(text: str) -> str:
    """Return the canonical spelling of a name: every step applied, in one pass.

    Equal to ``normalise(text)``; this is the fast path the comparison engine calls.
    """
    if not _FOLDABLE.isdisjoint(text):
        text = text.translate(_ALL_TABLE)
    words = text.split()
    if len(words) > 1 and not (
        COMPOUND_FIRST_WORDS.isdisjoint(words) and COMPOUND_SECOND_WORDS.isdisjoint(words)
    ):
        words = _join_words(words)
    return " ".join(words)


def changed_by(text: str) -> frozenset[NormalisationStep]:
    """The steps that change something when applied to ``text`` in sequence."""
    changed: set[NormalisationStep] = set()
    for step in ALL_STEPS:
        after = _STEP_FUNCTIONS[step](text)
        if after != text:
            changed.add(step)
        text = after
    return frozenset(changed)


# Per character step, the characters it changes; per left-out step, the merged table of
# the others. Both let steps_that_matter work without running the steps one by one.
_STEP_CHARACTERS: dict[NormalisationStep, frozenset[str]] = {
    step: frozenset(map(chr, table)) for step, table in _STEP_TABLES.items()
}
_TABLE_WITHOUT: dict[NormalisationStep, _Table] = {
    left_out: {
        k: v
        for step, table in _STEP_TABLES.items()
        if step is not left_out
        for k, v in table.items()
    }
    for left_out in ALL_STEPS
}


def normalise_without(text: str, left_out: NormalisationStep) -> str:
    """``normalise(text)`` with every step but ``left_out``, in one pass."""
    text = text.translate(_TABLE_WITHOUT[left_out])
    words = text.split(" ") if left_out is _SPACES else text.split()
    if left_out is not _COMPOUND:
        words = _join_words(words)
    return " ".join(words)


# Enum attribute look-ups cost a function call each in Python 3.11; the hot paths use these.
_SPACES = NormalisationStep.SPACES
_COMPOUND = NormalisationStep.COMPOUND
_CHARACTER_STEPS = tuple(_STEP_CHARACTERS.items())

# A compound written together contains one of these; without any, join_compounds did nothing.
_COMPOUND_MARKERS = tuple(COMPOUND_FIRST_WORDS | COMPOUND_SECOND_WORDS)


def steps_that_matter(
    first: str, second: str, *, canonical: str | None = None
) -> tuple[NormalisationStep, ...]:
    """Which steps were needed to make ``first`` and ``second`` spell the same name.

    A step matters when, left out, the two no longer normalise equal; a step that changes
    both sides alike (the same tatweel in both) does not. When no single step is needed
    on its own (two steps erase the same difference), every step that changed something
    is reported. Returns ``()`` when the two are equal or do not normalise equal.

    A caller that has already found ``normalise_name(first) == normalise_name(second)``
    passes that form as ``canonical`` and saves normalising both again.
    """
    if first == second:
        return ()
    if canonical is None:
        canonical = normalise_name(first)
        if canonical != normalise_name(second):
            return ()
    touched: list[NormalisationStep] = []
    needed: list[NormalisationStep] = []
    characters_first, characters_second = set(first), set(second)
    for step, characters in _CHARACTER_STEPS:
        in_first = not characters.isdisjoint(characters_first)
        in_second = not characters.isdisjoint(characters_second)
        if in_first or in_second:
            touched.append(step)
            # Work on one side only means needed: no other step makes or removes these
            # characters, so with this step left out they stay on that side alone.
            if in_first != in_second or normalise_without(first, step) != normalise_without(
                second, step
            ):
                needed.append(step)
    structural: list[tuple[NormalisationStep, bool, bool]] = [
        (_SPACES, " ".join(first.split()) != first, " ".join(second.split()) != second)
    ]
    if any(marker in canonical for marker in _COMPOUND_MARKERS):
        structural.append(
            (
                _COMPOUND,
                normalise_without(first, _COMPOUND) != canonical,
                normalise_without(second, _COMPOUND) != canonical,
            )
        )
    for step, in_first, in_second in structural:
        if in_first or in_second:
            touched.append(step)
            if normalise_without(first, step) != normalise_without(second, step):
                needed.append(step)
    return tuple(needed or touched)
