"""Properties of the comparison over names as Syrians write them, from a grammar of variants.

Names come from resources/syrian_names.txt. A *variant* applies a random chain of the
equivalence rules to a name (a hamza seat written bare or a bare letter given its hamza, a
Persian keyboard's yeh, a presentation form pasted from a PDF, tashkeel, tatweel, an
invisible mark, a compound's space, a no-break space): it is always equivalent to the name,
and the rules the comparison names are among those applied. A *near miss* makes, on a
name or on a variant, one change of a letter that no rule covers (a letter replaced by one
of another class, added or left out): it is never identical nor equivalent.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Callable

from hypothesis import given
from hypothesis import strategies as st

from clerk_desk.arabic import DIACRITICS, INVISIBLE_MARKS, TATWEEL, normalise_name
from clerk_desk.comparison import FieldStatus, compare_records
from clerk_desk.fields import PersonField
from resources import SYRIAN_NAMES_FILE

# Rule names, as the comparison lists them.
HAMZA, HAMZA_WAW, HAMZA_YAA = "hamza", "hamza_waw", "hamza_yaa"
MAQSURA, TAA, KEYBOARD = "alef_maqsura", "taa_marbuta", "keyboard"


def load_names() -> dict[str, list[str]]:
    names: dict[str, list[str]] = {}
    section = None
    for line in SYRIAN_NAMES_FILE.read_text(encoding="utf-8").splitlines():
        line = line.split("#", 1)[0].strip()
        if line.startswith("[") and line.endswith("]"):
            section = names.setdefault(line[1:-1], [])
        elif line:
            assert section is not None, "a name before the first [section]"
            section.append(line)
    return names


NAMES = load_names()
GIVEN = NAMES["male"] + NAMES["female"]
FAMILY = NAMES["family"]

# Letters that are one letter for the comparison, and the rule that joins each to the first.
SAME_LETTER: dict[str, dict[str, str | None]] = {
    "ا": {"ا": None, "أ": HAMZA, "إ": HAMZA, "آ": HAMZA, "ٱ": HAMZA},
    "و": {"و": None, "ؤ": HAMZA_WAW},
    "ي": {"ي": None, "ئ": HAMZA_YAA, "ى": MAQSURA, "ی": KEYBOARD},
    "ه": {"ه": None, "ة": TAA, "ە": KEYBOARD, "ھ": KEYBOARD, "ہ": KEYBOARD},
    "ك": {"ك": None, "ک": KEYBOARD},
}
CLASS_OF = {letter: base for base, letters in SAME_LETTER.items() for letter in letters}
RULE_OF = {letter: rule for letters in SAME_LETTER.values() for letter, rule in letters.items()}

# Each Arabic letter's presentation forms (U+FB50-U+FDFF, U+FE70-U+FEFF): what NFKC folds.
PRESENTATION: dict[str, list[str]] = {}
for _cp in (*range(0xFB50, 0xFE00), *range(0xFE70, 0xFEFF)):
    _letter = unicodedata.normalize("NFKC", chr(_cp))
    if len(_letter) == 1 and "\u0621" <= _letter <= "\u06ff":
        PRESENTATION.setdefault(_letter, []).append(chr(_cp))

# A hamza typed as a mark after its seat: NFKC joins them into the letter.
DECOMPOSED = {"أ": "ا\u0654", "إ": "ا\u0655", "آ": "ا\u0653", "ؤ": "و\u0654", "ئ": "ي\u0654"}
COMPOUND_WORDS = ("عبد", "أبو", "ابو")
SECOND_WORDS = ("الله", "الدين")

LETTERS = "ءابتثجحخدذرزسشصضطظعغفقكلمنهوي"

# --- the grammar: each rule, applied at a place the draw picks -----------------------------

Variant = tuple[str, frozenset[str]]  # the text, the rules applied to make it
Draw = Callable[[st.SearchStrategy[int]], int]


def _letters_at(text: str, wanted: Callable[[str], bool]) -> list[int]:
    return [i for i, character in enumerate(text) if wanted(character)]


def swap_letter(text: str, draw: Draw) -> Variant:
    """A letter for another of its class: أ for ا, ى for ي, ة for ه, ی for ي ..."""
    places = _letters_at(text, lambda c: c in CLASS_OF)
    if not places:
        return text, frozenset()
    i = places[draw(st.integers(0, len(places) - 1))]
    siblings = sorted(SAME_LETTER[CLASS_OF[text[i]]])
    new = siblings[draw(st.integers(0, len(siblings) - 1))]
    rules = {rule for rule in (RULE_OF[text[i]], RULE_OF[new]) if rule and text[i] != new}
    return text[:i] + new + text[i + 1 :], frozenset(rules)


def presentation_form(text: str, draw: Draw) -> Variant:
    places = _letters_at(text, lambda c: c in PRESENTATION)
    if not places:
        return text, frozenset()
    i = places[draw(st.integers(0, len(places) - 1))]
    forms = PRESENTATION[text[i]]
    form = forms[draw(st.integers(0, len(forms) - 1))]
    return text[:i] + form + text[i + 1 :], frozenset({"compatibility"})


def decompose_hamza(text: str, draw: Draw) -> Variant:
    places = _letters_at(text, lambda c: c in DECOMPOSED)
    if not places:
        return text, frozenset()
    i = places[draw(st.integers(0, len(places) - 1))]
    # The letter's own rule too: the seat and mark may be read as the bare letter.
    return text[:i] + DECOMPOSED[text[i]] + text[i + 1 :], frozenset(
        {"compatibility", "diacritics", RULE_OF[text[i]] or HAMZA}
    )


def insert_mark(text: str, draw: Draw) -> Variant:
    """Tashkeel after a letter, or a tatweel between two letters of a word."""
    places = [i + 1 for i in _letters_at(text, lambda c: "\u0621" <= c <= "\u064a")]
    if not places:
        return text, frozenset()
    i = places[draw(st.integers(0, len(places) - 1))]
    if draw(st.integers(0, 1)) and i < len(text) and text[i] != " ":
        return text[:i] + TATWEEL + text[i:], frozenset({"tatweel"})
    mark = DIACRITICS[draw(st.integers(0, len(DIACRITICS) - 1))]
    # A hamza or madda after its seat makes the letter (ا + ٓ → آ), folded by that letter's rule.
    composed = unicodedata.normalize("NFC", text[i - 1] + mark)
    rule = RULE_OF.get(composed) if len(composed) == 1 else None
    return text[:i] + mark + text[i:], frozenset({"diacritics", rule} - {None})


def insert_invisible(text: str, draw: Draw) -> Variant:
    i = draw(st.integers(0, len(text)))
    mark = INVISIBLE_MARKS[draw(st.integers(0, len(INVISIBLE_MARKS) - 1))]
    return text[:i] + mark + text[i:], frozenset({"invisible"})


def compound_space(text: str, draw: Draw) -> Variant:
    """عبد الله written عبدالله, أبو بكر written أبوبكر."""
    words = text.split(" ")
    places = [
        i
        for i in range(len(words) - 1)
        if words[i] in COMPOUND_WORDS or words[i + 1] in SECOND_WORDS
    ]
    if not places:
        return text, frozenset()
    i = places[draw(st.integers(0, len(places) - 1))]
    words[i : i + 2] = [words[i] + words[i + 1]]
    return " ".join(words), frozenset({"compound"})


def other_space(text: str, draw: Draw) -> Variant:
    places = _letters_at(text, lambda c: c == " ")
    if not places:
        return text, frozenset()
    i = places[draw(st.integers(0, len(places) - 1))]
    space = ("  ", "\u00a0", " \t")[draw(st.integers(0, 2))]
    return text[:i] + space + text[i + 1 :], frozenset({"spaces"})


GRAMMAR = (
    swap_letter,
    presentation_form,
    decompose_hamza,
    insert_mark,
    insert_invisible,
    compound_space,
    other_space,
)


@st.composite
def variants(draw: st.DrawFn, names: list[str]) -> tuple[str, str, frozenset[str]]:
    """A name, one of its variants, and the rules the variant was made with."""
    name = draw(st.sampled_from(names))
    text, applied = name, frozenset[str]()
    for rule in draw(st.lists(st.sampled_from(GRAMMAR), min_size=1, max_size=6)):
        text, used = rule(text, draw)
        applied |= used
    return name, text, applied


def compare_names(field: PersonField, submitted: str, registry: str):
    return compare_records({field: submitted}, {field: registry}).fields[field]


name_fields = st.sampled_from([PersonField.FIRST_NAME, PersonField.FATHER_NAME])


@given(name_fields, variants(GIVEN) | variants(FAMILY))
def test_a_chain_of_rules_is_always_the_same_name(field, drawn):
    name, variant, applied = drawn
    for submitted, registry in ((variant, name), (name, variant)):
        result = compare_names(field, submitted, registry)
        if variant == name:
            assert result.status is FieldStatus.IDENTICAL
            continue
        assert result.status is FieldStatus.EQUIVALENT, (variant, result.explanation_en)
        assert result.rules
        # The rules named are among those applied (hamza seats and their marks folded by
        # NFKC count as applied with the decomposition that made them).
        assert set(result.rules) <= applied | {"compatibility"}, (ascii(variant), ascii(name))


def _near_miss(text: str, draw: st.DrawFn) -> str:
    """One letter of ``text`` replaced by a letter of another class, added, or left out."""
    places = [
        i for i, c in enumerate(text) if normalise_name(c) and not c.isspace() and len(c) == 1
    ]
    kind = draw(st.sampled_from(["replace", "add", "leave out"]))
    if kind == "add":
        i = draw(st.integers(0, len(text)))
        return text[:i] + draw(st.sampled_from(LETTERS)) + text[i:]
    i = draw(st.sampled_from(places))
    if kind == "leave out":
        return text[:i] + text[i + 1 :]
    own = normalise_name(text[i])
    other = draw(st.sampled_from([c for c in LETTERS if normalise_name(c) != own]))
    return text[:i] + other + text[i + 1 :]


@given(name_fields, variants(GIVEN) | variants(FAMILY), st.data())
def test_one_letter_no_rule_covers_is_never_the_same_name(field, drawn, data):
    name, variant, _ = drawn
    for base in (name, variant):
        changed = _near_miss(base, data.draw)
        for submitted, registry in ((changed, name), (name, changed)):
            result = compare_names(field, submitted, registry)
            assert result.status is FieldStatus.DIFFERENT, (changed, result.explanation_en)


@given(st.sampled_from(GIVEN), st.sampled_from(GIVEN))
def test_two_names_of_the_list_are_the_same_only_if_written_alike(first, second):
    result = compare_names(PersonField.FIRST_NAME, first, second)
    same = result.status in (FieldStatus.IDENTICAL, FieldStatus.EQUIVALENT)
    assert same is (first == second)


def test_the_names_file_names_its_source_and_has_every_rule_to_act_on():
    header = SYRIAN_NAMES_FILE.read_text(encoding="utf-8").split("[male]")[0]
    assert "Source: compiled by the Clerk Desk project from common usage" in header
    everything = "".join(GIVEN + FAMILY)
    for letter in "أإآؤئىة":
        assert letter in everything, letter
    assert any(name.split(" ")[0] in COMPOUND_WORDS for name in GIVEN + FAMILY)
    assert len(set(GIVEN)) == len(GIVEN)
