"""Orthographic normalisation of Arabic names, one named step at a time.

Two spellings of a name count as *equivalent* when they become equal after these steps
and nothing else. Each step only erases a difference of writing, never of letters:
a step may drop marks (tashkeel, tatweel, invisible formatting characters), write a
compatibility form as its letter (ﺃ → أ, ﻻ → لا), fold one letter shape into its sibling
(أ → ا, ؤ → و, ئ → ي, ى → ي, ة → ه, ی → ي, ک → ك, ٣ → 3) or move spaces. None adds or
removes a letter, which is why كريم and كريمة stay different, and none touches the
characters that change the order text is shown in (:data:`HIDING_CHARACTERS`): a value
holding one is never the same as another, however it looks.

The steps compose (``normalise(text, steps)``), and :func:`steps_that_matter` reports
which of them were needed to make two spellings equal, so a clerk can read why.
:func:`normalise_name` applies all of them with one ``str.translate``, one ``split`` and,
only for text that is not already in NFKC form, one ``unicodedata.normalize``: the
comparison engine calls it for every field that is not identical.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Iterable
from enum import StrEnum
from functools import partial

from clerk_desk.digits import fold_digits


class NormalisationStep(StrEnum):
    """The steps in the order :func:`normalise_name` applies them."""

    COMPATIBILITY = "compatibility"
    INVISIBLE = "invisible"
    DIACRITICS = "diacritics"
    TATWEEL = "tatweel"
    DIGITS = "digits"
    HAMZA = "hamza"  # on or under alef; the name is kept, evidence already stored uses it
    HAMZA_WAW = "hamza_waw"
    HAMZA_YAA = "hamza_yaa"
    ALEF_MAQSURA = "alef_maqsura"
    TAA_MARBUTA = "taa_marbuta"
    KEYBOARD = "keyboard"
    SPACES = "spaces"
    COMPOUND = "compound"


ALL_STEPS: tuple[NormalisationStep, ...] = tuple(NormalisationStep)

# What each step erased, as a clerk reads it in an explanation.
STEP_LABELS_AR: dict[NormalisationStep, str] = {
    NormalisationStep.INVISIBLE: "محارف تنسيق غير مرئية (مسافة صفرية، علامة اتجاه)",
    NormalisationStep.COMPATIBILITY: "حروف بأشكال العرض المنسوخة من ملف PDF أو نظام قديم",
    NormalisationStep.DIACRITICS: "التشكيل",
    NormalisationStep.TATWEEL: "التطويل (ـ)",
    NormalisationStep.DIGITS: "الأرقام الهندية أو الفارسية",
    NormalisationStep.HAMZA: "همزة الألف (أ إ آ ٱ = ا)",
    NormalisationStep.HAMZA_WAW: "همزة الواو (ؤ = و)",
    NormalisationStep.HAMZA_YAA: "همزة الياء (ئ = ي)",
    NormalisationStep.ALEF_MAQSURA: "الألف المقصورة والياء (ى = ي)",
    NormalisationStep.TAA_MARBUTA: "التاء المربوطة والهاء (ة = ه)",
    NormalisationStep.KEYBOARD: "حروف لوحة مفاتيح فارسية أو أردية أو كردية (ی = ي، ک = ك، ە = ه)",
    NormalisationStep.SPACES: "المسافات المكررة",
    NormalisationStep.COMPOUND: "الاسم المركب بمسافة أو دونها (عبد الله = عبدالله)",
}

STEP_LABELS_EN: dict[NormalisationStep, str] = {
    NormalisationStep.INVISIBLE: (
        "invisible formatting characters (zero-width space, direction mark)"
    ),
    NormalisationStep.COMPATIBILITY: (
        "letters in presentation forms, pasted from a PDF or an old system"
    ),
    NormalisationStep.DIACRITICS: "diacritics (tashkeel)",
    NormalisationStep.TATWEEL: "tatweel (ـ)",
    NormalisationStep.DIGITS: "Arabic-Indic or Persian digits",
    NormalisationStep.HAMZA: "hamza forms of alef (أ إ آ ٱ = ا)",
    NormalisationStep.HAMZA_WAW: "hamza on waw (ؤ = و)",
    NormalisationStep.HAMZA_YAA: "hamza on yaa (ئ = ي)",
    NormalisationStep.ALEF_MAQSURA: "alef maqsura and yaa (ى = ي)",
    NormalisationStep.TAA_MARBUTA: "taa marbuta and haa (ة = ه)",
    NormalisationStep.KEYBOARD: (
        "letters of a Persian, Urdu or Kurdish keyboard (ی = ي, ک = ك, ە = ه)"
    ),
    NormalisationStep.SPACES: "repeated spaces",
    NormalisationStep.COMPOUND: "compound name with or without the space (عبد الله = عبدالله)",
}

# --- the character classes ---------------------------------------------------------------

# Formatting characters that copy-paste from web pages and PDFs leaves behind: invisible on
# screen, so a clerk could never see why two values differ, and none of them can hide a
# letter or change the order letters are shown in. The direction marks (LRM, RLM, ALM)
# only place neutral characters such as digits and brackets; the plain-text check
# (clerk_desk.plain_text) refuses them in a text that is *stored*, but in a name compared
# here they change nothing a clerk reads.
INVISIBLE_MARKS = (
    "\u00ad"  # soft hyphen
    "\u034f"  # combining grapheme joiner
    "\u061c"  # Arabic letter mark
    "\u180e"  # Mongolian vowel separator (a zero-width space in older Unicode)
    "\u200b\u200c\u200d\u200e\u200f"  # zero-width space/joiners, LRM, RLM
    "\u2060\u2061\u2062\u2063\u2064"  # word joiner, invisible operators
    "\u206a\u206b\u206c\u206d\u206e\u206f"  # deprecated shaping and digit-shape controls
    "\ufe00\ufe01\ufe02\ufe03\ufe04\ufe05\ufe06\ufe07"  # variation selectors
    "\ufe08\ufe09\ufe0a\ufe0b\ufe0c\ufe0d\ufe0e\ufe0f"
    "\ufeff"  # byte-order mark / zero-width no-break space
)

# Characters that reorder or hide what a reader sees: the bidi embeddings and overrides
# (with U+202E a name is shown reversed), the isolates, and the tag characters, which
# carry text no font draws. No step removes them, so a value holding one never becomes
# equal to a value without it, and the comparison says why (see clerk_desk.comparison).
HIDING_CHARACTERS = frozenset(
    "\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"
    + "".join(map(chr, (0xE0001, *range(0xE0020, 0xE0080))))
)
_HIDING = re.compile("[" + "".join(sorted(HIDING_CHARACTERS)) + "]")


def hiding_character(text: str) -> str | None:
    """The first character of ``text`` that can hide or reorder text, as ``U+XXXX``."""
    found = _HIDING.search(text)
    return None if found is None else f"U+{ord(found.group()):04X}"


# Tashkeel and the Quranic annotation marks; U+0653-U+0655 also cover a hamza or madda
# typed as a separate combining mark after a bare letter (ا + ٔ), so decomposed input that
# NFKC does not compose folds like the precomposed letter.
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
# The hamza seats and what each is written as without its hamza. ٲ and ٳ (wavy hamza)
# come from Kashmiri and Urdu layouts; ۓ is the yeh barree of an Urdu layout.
HAMZA_ALEFS = "أإآٱٲٳ"
ALEF = "ا"
HAMZA_WAW = "ؤ"
WAW = "و"
HAMZA_YAAS = {"ئ": "ي", "ۓ": "ے"}
ALEF_MAQSURA = "ى"
YAA = "ي"
# ة is written only at a word's end. Inside a compound written together (نعمةالله) it
# still ends the first word, so folding it wherever it stands is the word-end rule
# without having to find where the words of a compound meet.
TAA_MARBUTA = "ة"
HAA = "ه"
# Letters a Persian, Urdu or Kurdish (Sorani) layout types where an Arabic one types ي, ك
# or ه: the same letter for an Arabic name, drawn alike (ی, ک) or nearly (ە, ھ, ہ).
# Letters those languages have and Arabic has not (پ چ ژ گ ڕ ۆ ێ ے) are not folded.
KEYBOARD_LETTERS = {
    "ی": YAA,  # U+06CC Farsi yeh
    "ک": "ك",  # U+06A9 keheh
    "ڪ": "ك",  # U+06AA swash kaf
    "ھ": HAA,  # U+06BE heh doachashmee
    "ہ": HAA,  # U+06C1 heh goal
    "ۂ": HAA,  # U+06C2 heh goal with hamza: ہ + ٔ, composed by NFKC
    "ۃ": HAA,  # U+06C3 teh marbuta goal, the Urdu ة
    "ە": HAA,  # U+06D5 ae, the Kurdish layout's ه
    "ۀ": HAA,  # U+06C0 heh with yeh above: ە + ٔ, composed by NFKC
}

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

_S = NormalisationStep

# The steps done by one character at a time, after COMPATIBILITY.
_STEP_TABLES: dict[NormalisationStep, _Table] = {
    _S.INVISIBLE: dict.fromkeys(map(ord, INVISIBLE_MARKS)),
    _S.DIACRITICS: dict.fromkeys(map(ord, DIACRITICS)),
    _S.TATWEEL: {ord(TATWEEL): None},
    _S.DIGITS: _DIGIT_TABLE,
    _S.HAMZA: {ord(c): ALEF for c in HAMZA_ALEFS},
    _S.HAMZA_WAW: {ord(HAMZA_WAW): WAW},
    _S.HAMZA_YAA: {ord(c): bare for c, bare in HAMZA_YAAS.items()},
    _S.ALEF_MAQSURA: {ord(ALEF_MAQSURA): YAA},
    _S.TAA_MARBUTA: {ord(TAA_MARBUTA): HAA},
    _S.KEYBOARD: {ord(c): letter for c, letter in KEYBOARD_LETTERS.items()},
}

# The character steps touch disjoint characters and map into characters no other step
# touches (tests check both), so one merged table does all of them in one pass, in any
# order.
_ALL_TABLE: _Table = {k: v for table in _STEP_TABLES.values() for k, v in table.items()}


def _character_class(characters: Iterable[str]) -> re.Pattern[str]:
    return re.compile("[" + "".join(re.escape(c) for c in sorted(characters)) + "]")


# Every character a character step changes; a name without any of them skips translate.
# (A compiled class finds one faster than ``frozenset.isdisjoint`` walks the name.)
_FOLDABLE = _character_class(map(chr, _ALL_TABLE))

# NFKC writes a compatibility form as its letters (ﺃ → أ, ﻻ → لا, ﷲ → الله, a full-width
# or superscript digit → the digit) and composes a letter typed with a separate hamza or
# madda (و + ٔ → ؤ) the way the letter itself is folded. It runs on each word alone: white
# space is the SPACES step's, so a no-break space is explained as a space.
_is_nfkc = partial(unicodedata.is_normalized, "NFKC")
_nfkc = partial(unicodedata.normalize, "NFKC")
_WORD = re.compile(r"\S+")


def _nfkc_word(found: re.Match[str]) -> str:
    return _nfkc(found.group())


def apply_compatibility(text: str) -> str:
    """Write compatibility forms (Arabic presentation forms, ligatures, full-width digits)
    as the letters they stand for: NFKC, word by word, white space left as it is."""
    if _is_nfkc(text):
        return text
    return _WORD.sub(_nfkc_word, text)


def strip_invisible(text: str) -> str:
    """Remove invisible formatting characters (zero-width, soft hyphen, direction marks)."""
    return text.translate(_STEP_TABLES[_S.INVISIBLE])


def strip_diacritics(text: str) -> str:
    """Remove tashkeel (fatha, damma, kasra, shadda, sukun, tanween, ...)."""
    return text.translate(_STEP_TABLES[_S.DIACRITICS])


def strip_tatweel(text: str) -> str:
    """Remove tatweel (ـ), the stretching stroke."""
    return text.translate(_STEP_TABLES[_S.TATWEEL])


def fold_hamza_alef(text: str) -> str:
    """Write أ إ آ ٱ (and the wavy-hamza alefs) as a bare alef ا."""
    return text.translate(_STEP_TABLES[_S.HAMZA])


def fold_hamza_waw(text: str) -> str:
    """Write ؤ as a bare waw و."""
    return text.translate(_STEP_TABLES[_S.HAMZA_WAW])


def fold_hamza_yaa(text: str) -> str:
    """Write ئ as a bare yaa ي (and the Urdu ۓ as ے)."""
    return text.translate(_STEP_TABLES[_S.HAMZA_YAA])


def fold_alef_maqsura(text: str) -> str:
    """Write alef maqsura ى as yaa ي."""
    return text.translate(_STEP_TABLES[_S.ALEF_MAQSURA])


def fold_taa_marbuta(text: str) -> str:
    """Write taa marbuta ة as haa ه (ة only ever ends a word)."""
    return text.translate(_STEP_TABLES[_S.TAA_MARBUTA])


def fold_keyboard_letters(text: str) -> str:
    """Write the Persian, Urdu and Kurdish layouts' ی ک ە ھ ... as the Arabic ي ك ه."""
    return text.translate(_STEP_TABLES[_S.KEYBOARD])


def collapse_spaces(text: str) -> str:
    """Trim, and write every run of white space inside ``text`` as one space."""
    return " ".join(text.split())


def _join_words(words: list[str], spelled: list[str] | None = None) -> list[str]:
    """``words`` with each compound glued together; ``spelled``, when given, are the same
    words fully normalised, by which the compounds are recognised."""
    joined: list[str] = []
    glue_next = False
    marks_only = ""  # words of marks only, before the first word: gone once the marks are
    for word, key in zip(words, words if spelled is None else spelled, strict=True):
        if spelled is not None and not key:
            if joined:
                joined[-1] += word
            else:
                marks_only += word
        elif joined and (glue_next or key in COMPOUND_SECOND_WORDS):
            joined[-1] += word
        else:
            joined.append(marks_only + word)
            marks_only = ""
        if key or spelled is None:
            glue_next = key in COMPOUND_FIRST_WORDS
    if marks_only:
        joined.append(marks_only)
    return joined


def join_compounds(text: str) -> str:
    """Write compound names together: عبد الله → عبدالله, ابو بكر → ابوبكر, نور الدين → نورالدين.

    Runs after :func:`fold_hamza_alef` (so أبو is recognised as ابو) and after
    :func:`collapse_spaces`: it splits on single spaces only, so it leaves any other
    white space to that step and the two can be told apart in an explanation.
    """
    return " ".join(_join_words(text.split(" ")))


_STEP_FUNCTIONS: dict[NormalisationStep, Callable[[str], str]] = {
    _S.COMPATIBILITY: apply_compatibility,
    _S.INVISIBLE: strip_invisible,
    _S.DIACRITICS: strip_diacritics,
    _S.TATWEEL: strip_tatweel,
    _S.DIGITS: fold_digits,
    _S.HAMZA: fold_hamza_alef,
    _S.HAMZA_WAW: fold_hamza_waw,
    _S.HAMZA_YAA: fold_hamza_yaa,
    _S.ALEF_MAQSURA: fold_alef_maqsura,
    _S.TAA_MARBUTA: fold_taa_marbuta,
    _S.KEYBOARD: fold_keyboard_letters,
    _S.SPACES: collapse_spaces,
    _S.COMPOUND: join_compounds,
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
    if not _is_nfkc(text):
        text = _WORD.sub(_nfkc_word, text)
    if _FOLDABLE.search(text) is not None:
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
    """``normalise(text)`` with every step but ``left_out``, in one pass.

    Left out, a character step keeps its characters, but the compound step still knows its
    words by their full spelling (أبو بكر is a compound with or without its hamza): the
    compound rule is about a space, and the hamza on both sides of أبوبكر / أبو بكر is not
    why they differ.
    """
    if left_out is not _COMPATIBILITY:
        text = apply_compatibility(text)
    text = text.translate(_TABLE_WITHOUT[left_out])
    if left_out is _SPACES:
        return " ".join(_join_words(text.split(" ")))
    words = text.split()
    if left_out is _COMPOUND or len(words) < 2:
        return " ".join(words)
    if left_out is _COMPATIBILITY:
        return " ".join(_join_words(words))
    table = _STEP_TABLES[left_out]
    return " ".join(_join_words(words, [word.translate(table) for word in words]))


# Enum attribute look-ups cost a function call each in Python 3.11; the hot paths use these.
_COMPATIBILITY = _S.COMPATIBILITY
_SPACES = _S.SPACES
_COMPOUND = _S.COMPOUND
# Each character a character step folds → that step's place in ALL_STEPS (an int: an enum's
# hash is a Python call).
_STEP_OF: dict[str, int] = {
    character: ALL_STEPS.index(step)
    for step, characters in _STEP_CHARACTERS.items()
    for character in characters
}
_FOLDED_CHARACTERS = frozenset(_STEP_OF)

# A compound written together contains one of these; without any, join_compounds did nothing.
_COMPOUND_MARKERS = tuple(COMPOUND_FIRST_WORDS | COMPOUND_SECOND_WORDS)


def steps_that_matter(
    first: str, second: str, *, canonical: str | None = None
) -> tuple[NormalisationStep, ...]:
    """Which steps were needed to make ``first`` and ``second`` spell the same name.

    A step matters when, left out, the two no longer normalise equal; a step that changes
    both sides alike (the same tatweel in both) does not. When no single step is needed
    on its own (two ways erase the same difference: ا + ٔ is composed by NFKC or loses its
    mark), the steps that changed one side only are reported, else every step that changed
    something. Returns ``()`` when the two are equal or do not normalise equal.

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
    one_sided: list[NormalisationStep] = []
    needed: list[NormalisationStep] = []
    # The character steps see the text after COMPATIBILITY, so they are judged on it.
    seen_first, seen_second = apply_compatibility(first), apply_compatibility(second)
    if seen_first != first or seen_second != second:
        touched.append(_COMPATIBILITY)
        if (seen_first != first) != (seen_second != second):
            one_sided.append(_COMPATIBILITY)
        if normalise_without(first, _COMPATIBILITY) != normalise_without(second, _COMPATIBILITY):
            needed.append(_COMPATIBILITY)
    # The character steps with something to do on each side, found through the characters
    # they fold (a name has few of them), then taken in the steps' order.
    steps_first = {_STEP_OF[c] for c in _FOLDED_CHARACTERS.intersection(seen_first)}
    steps_second = {_STEP_OF[c] for c in _FOLDED_CHARACTERS.intersection(seen_second)}
    for order in sorted(steps_first | steps_second):
        in_first, in_second = order in steps_first, order in steps_second
        step = ALL_STEPS[order]
        touched.append(step)
        # Work on one side only means needed: no other step makes or removes these
        # characters, so with this step left out they stay on that side alone.
        if in_first != in_second or normalise_without(first, step) != normalise_without(
            second, step
        ):
            needed.append(step)
    structural: list[tuple[NormalisationStep, bool, bool]] = [
        (
            _SPACES,
            " ".join(seen_first.split()) != seen_first,
            " ".join(seen_second.split()) != seen_second,
        )
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
            if in_first != in_second:
                one_sided.append(step)
            if normalise_without(first, step) != normalise_without(second, step):
                needed.append(step)
    return tuple(needed or one_sided or touched)
