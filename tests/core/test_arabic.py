"""Orthographic normalisation: each step alone, the fused fast path, and the explanations."""

from __future__ import annotations

import unicodedata

import pytest
from hypothesis import given
from hypothesis import strategies as st

from clerk_desk.arabic import (
    _STEP_TABLES,
    ALL_STEPS,
    DIACRITICS,
    HIDING_CHARACTERS,
    INVISIBLE_MARKS,
    KEYBOARD_LETTERS,
    STEP_LABELS_AR,
    STEP_LABELS_EN,
    TATWEEL,
    NormalisationStep,
    apply_compatibility,
    changed_by,
    collapse_spaces,
    fold_alef_maqsura,
    fold_hamza_alef,
    fold_hamza_waw,
    fold_hamza_yaa,
    fold_keyboard_letters,
    fold_taa_marbuta,
    hiding_character,
    join_compounds,
    normalise,
    normalise_name,
    normalise_without,
    step_function,
    steps_that_matter,
    strip_diacritics,
    strip_invisible,
    strip_tatweel,
)

S = NormalisationStep

# Text made of what names are made of, plus everything the steps act on.
ARABIC_LETTERS = "ابتثجحخدذرزسشصضطظعغفقكلمنهوي" + "ءآأؤإئىة" + "ٱ" + "یکەھۀ"
# Presentation forms and ligatures (NFKC folds them), a combining hamza and madda, the
# invisible marks and one character that hides text.
PASTED = "ﺃﺣﻤﺪﻻﷲﺓﻰ" + "\u0654\u0653" + "\u200b\u200d\u2066\u202e"
NAME_ALPHABET = ARABIC_LETTERS + DIACRITICS + TATWEEL + " \t\u00a0\u200f" + "٠١٢٩۰۹0123" + PASTED
COMPOUND_WORDS = ["عبد", "أبو", "ابو", "الله", "الدين", "عبد الله", "أبو بكر"]

names = st.one_of(
    st.text(alphabet=NAME_ALPHABET, max_size=24),
    st.lists(
        st.one_of(st.sampled_from(COMPOUND_WORDS), st.text(ARABIC_LETTERS, min_size=1, max_size=6)),
        max_size=4,
    ).map(" ".join),
)


@pytest.mark.parametrize(
    ("step", "text", "expected"),
    [
        (strip_diacritics, "مُحَمَّدٌ", "محمد"),
        (strip_diacritics, "ا\u0654حمد", "احمد"),  # hamza typed as a combining mark
        (strip_tatweel, "أحـــمد", "أحمد"),
        (strip_invisible, "\u200fأحمد\u200e", "أحمد"),
        (fold_hamza_alef, "أإآٱا", "ااااا"),
        (fold_hamza_waw, "مؤمن", "مومن"),
        (fold_hamza_yaa, "وائل", "وايل"),
        (fold_keyboard_letters, "علی کريم فاطمە", "علي كريم فاطمه"),
        (apply_compatibility, "ﺃﺣﻤﺪ", "أحمد"),
        (apply_compatibility, "ﻻﻣﻊ", "لامع"),
        (apply_compatibility, "عبدﷲ", "عبدالله"),
        (apply_compatibility, "و\u0654", "ؤ"),  # a separately typed hamza joins its seat
        (apply_compatibility, "١٢\u00a0３", "١٢\u00a03"),  # white space is the spaces step's
        (strip_invisible, "سا\u200bمر\ufeff", "سامر"),
        (fold_alef_maqsura, "ليلى", "ليلي"),
        (fold_taa_marbuta, "فاطمة", "فاطمه"),
        (collapse_spaces, "  محمد \t  علي  ", "محمد علي"),
        (join_compounds, "عبد الله", "عبدالله"),
        (join_compounds, "ابو بكر", "ابوبكر"),
        (join_compounds, "نور الدين", "نورالدين"),
        (join_compounds, "محمد عبد الرحمن", "محمد عبدالرحمن"),
        (join_compounds, "محمد علي", "محمد علي"),
        (step_function(S.DIGITS), "١٢/٠٥/۱۹۹۰", "12/05/1990"),
    ],
)
def test_each_step_alone(step, text, expected):
    assert step(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("أحمد", "احمد"),
        ("إبراهيم", "ابراهيم"),
        ("آمنة", "امنه"),
        ("مُصْطَفَى", "مصطفي"),
        ("عبد الله", "عبدالله"),
        ("عبدُ  اللهِ", "عبدالله"),
        ("أبو بكر", "ابوبكر"),
        ("فاطمة  أحمد", "فاطمه احمد"),
        ("  سعيد  ", "سعيد"),
        ("", ""),
        ("نعمة الله", "نعمهالله"),
        ("مؤيد", "مويد"),
        ("رائد", "رايد"),
        ("ﻣﺼﻄﻔﻰ", "مصطفي"),
        ("عبد\u00a0ﷲ", "عبدالله"),
        ("\u202eرامي", "\u202eرامي"),  # kept: a value holding it is never another value
    ],
)
def test_normalise_name(text, expected):
    assert normalise_name(text) == expected


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("أحمد", "احمد"),
        ("عبد الله", "عبدالله"),
        ("أبو بكر", "ابوبكر"),
        ("فاطمة", "فاطمه"),
        ("ليلى", "ليلي"),
        ("مُحَمَّد", "محمد"),
        ("محـمـد", "محمد"),
        ("محمد  علي", "محمد علي"),
        ("نعمةالله", "نعمة الله"),
        ("١٩٩٠", "1990"),
        ("مؤمن", "مومن"),
        ("لؤي", "لوي"),
        ("رؤوف", "رووف"),
        ("فائز", "فايز"),
        ("عائشة", "عايشه"),
        ("هانئ", "هاني"),
        ("مؤمن", "مو\u0654من"),  # hamza typed as a mark after the waw
        ("علی", "علي"),
        ("یحیی", "يحيى"),
        ("کندة", "كندة"),
        ("فاطمە", "فاطمة"),
        ("ھبة", "هبة"),
        ("ﻓﺎﻃﻤﺔ", "فاطمة"),
        ("ﻋﺒﺪ ﺍﻟﻠﻪ", "عبد الله"),
        ("عبدﷲ", "عبد الله"),
        ("سا\u200bمر", "سامر"),
        ("سامر\u2060", "سامر"),
    ],
)
def test_same_name_written_differently(first, second):
    assert normalise_name(first) == normalise_name(second)
    assert normalise_name(second) == normalise_name(first)


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("رامي", "رامز"),
        ("سعيد", "سعد"),
        ("كريم", "كريمة"),
        ("كريم", "كريمه"),
        ("جمال", "جميل"),
        ("عبدالله", "عبد اللطيف"),
        ("عبد الله", "عبد اللطيف"),
        ("عبدالله", "عبداللطيف"),
        ("أبو بكر", "أبو بكري"),
        ("محمد علي", "محمدعلي"),  # only compounds lose their space
        # Near misses of the hamza rules: another seat, the hamza on the line, no seat.
        ("رؤوف", "رءوف"),
        ("مسؤول", "مسئول"),
        ("مؤمن", "مامن"),
        ("أسماء", "أسما"),  # the bare hamza ء is a letter: leaving it out changes the name
        ("هانئ", "هان"),
        ("لؤي", "لي"),
        # Near misses of the keyboard rule: letters Arabic has not are not folded.
        ("كمال", "گمال"),
        ("باسل", "پاسل"),
        ("جمال", "چمال"),
        ("زياد", "ژياد"),
        ("علي", "علے"),
        # Near misses of the compatibility rule: a presentation form is its own letter.
        ("بشار", "ﺗﺸﺎﺭ"),
        ("لامع", "ﻟﻤﻊ"),
        # Near misses of the invisible marks: a character that hides or reorders text.
        ("رامي", "\u202eرامي"),
        ("رامي", "رامي\u2066"),
        ("رامي", "رامي\U000e0041"),
        # What never was a rule: order, a compound's first part, a Latin spelling.
        ("محمد علي", "علي محمد"),
        ("عبد الله", "عبد"),
        ("أحمد", "Ahmad"),
        ("كريم", "كريمة"),
    ],
)
def test_different_names_stay_different(first, second):
    assert normalise_name(first) != normalise_name(second)
    assert normalise_name(second) != normalise_name(first)


@pytest.mark.parametrize(
    ("first", "second", "expected"),
    [
        ("أحمد", "احمد", (S.HAMZA,)),
        ("عبد الله", "عبدالله", (S.COMPOUND,)),
        ("أبو بكر", "ابوبكر", (S.HAMZA, S.COMPOUND)),
        ("فاطمة أحمد", "فاطمه احمد", (S.HAMZA, S.TAA_MARBUTA)),
        ("مُحَمَّد", "محمد", (S.DIACRITICS,)),
        ("محمد  علي", "محمد علي", (S.SPACES,)),
        ("١٢٣", "123", (S.DIGITS,)),
        ("\u200fسعيد", "سعيد", (S.INVISIBLE,)),
        ("مؤمن", "مومن", (S.HAMZA_WAW,)),
        ("مو\u0654من", "مومن", (S.HAMZA_WAW,)),  # composed by NFKC, then folded
        ("رائد", "رايد", (S.HAMZA_YAA,)),
        ("علی", "علي", (S.KEYBOARD,)),
        ("ﻋﻠﻲ", "علي", (S.COMPATIBILITY,)),
        ("ﺃﺣﻤﺪ", "احمد", (S.COMPATIBILITY, S.HAMZA)),
        ("محمد\u00a0علي", "محمد علي", (S.SPACES,)),  # a no-break space is a space
        ("فاطمە", "فاطمة", (S.TAA_MARBUTA, S.KEYBOARD)),
        # The same tatweel on both sides is not why they differ.
        ("أحـمد", "احـمد", (S.HAMZA,)),
        ("رامي", "رامز", ()),
        ("رامي", "رامي", ()),
    ],
)
def test_steps_that_matter(first, second, expected):
    assert steps_that_matter(first, second) == expected
    assert steps_that_matter(second, first) == expected


def test_every_step_has_labels():
    for step in ALL_STEPS:
        assert STEP_LABELS_AR[step]
        assert STEP_LABELS_EN[step]


def test_changed_by():
    assert changed_by("أحمد") == {S.HAMZA}
    assert changed_by("عبد الله") == {S.COMPOUND}
    assert changed_by("سعيد") == frozenset()


@given(names)
def test_normalisation_is_idempotent(text):
    once = normalise_name(text)
    assert normalise_name(once) == once


@given(names)
def test_fused_path_equals_the_steps_composed(text):
    assert normalise_name(text) == normalise(text)


STRUCTURAL = (S.COMPATIBILITY, S.SPACES, S.COMPOUND)


@given(names, st.sampled_from(STRUCTURAL))
def test_leaving_one_step_out_equals_composing_the_others(text, left_out):
    others = [step for step in ALL_STEPS if step is not left_out]
    assert normalise_without(text, left_out) == normalise(text, others)


@given(names, st.sampled_from([step for step in ALL_STEPS if step not in STRUCTURAL]))
def test_leaving_a_character_step_out_keeps_its_characters_and_only_them(text, left_out):
    without = normalise_without(text, left_out)
    assert step_function(left_out)(without) == normalise_name(text)
    others = [step for step in ALL_STEPS if step not in (left_out, S.COMPOUND)]
    assert without.replace(" ", "") == normalise(text, others).replace(" ", "")


def test_a_compound_is_known_by_its_full_spelling():
    assert normalise_without("أبو بكر", S.HAMZA) == "أبوبكر"
    assert steps_that_matter("أبوبكر", "أبو بكر") == (S.COMPOUND,)
    assert steps_that_matter("عبدُ الله", "عبدُالله") == (S.COMPOUND,)


@given(names, names)
def test_steps_that_matter_are_enough(first, second):
    steps = steps_that_matter(first, second)
    if normalise_name(first) == normalise_name(second) and first != second:
        assert steps
        assert set(steps) <= changed_by(first) | changed_by(second)
    else:
        assert steps == ()


@given(names, st.data())
def test_marks_never_change_the_canonical_form(text, data):
    marks = data.draw(st.lists(st.sampled_from(DIACRITICS + TATWEEL), max_size=4))
    for mark in marks:
        position = data.draw(st.integers(0, len(text)))
        text_with_mark = text[:position] + mark + text[position:]
        assert normalise_name(text_with_mark) == normalise_name(text)
        text = text_with_mark


# --- the tables that make the one-pass path exact ----------------------------------------


def test_character_steps_touch_disjoint_characters():
    seen: set[int] = set()
    for table in _STEP_TABLES.values():
        assert seen.isdisjoint(table)
        seen.update(table)


def test_no_character_step_makes_what_another_step_folds():
    folded = {chr(cp) for table in _STEP_TABLES.values() for cp in table}
    for table in _STEP_TABLES.values():
        for replacement in table.values():
            assert replacement is None or replacement not in folded


def test_nfkc_makes_no_invisible_or_hiding_character():
    """The invisible step runs after NFKC and is judged on its output, so NFKC must not make
    what it removes, nor a character that hides text out of one that does not."""
    marks = set(INVISIBLE_MARKS) | HIDING_CHARACTERS
    for cp in range(0x110000):
        character = chr(cp)
        if 0xD800 <= cp < 0xE000 or character in marks:
            continue
        assert marks.isdisjoint(unicodedata.normalize("NFKC", character)), hex(cp)


def test_a_composed_hamza_letter_folds_like_its_seat_with_the_mark_dropped():
    """NFKC composes a letter typed with a separate hamza or madda (ە + ٔ → ۀ); the fused path
    and the steps must agree whichever way it was typed, so each composed letter folds as
    its seat does with the mark removed."""
    composed = 0
    for seat in map(chr, range(0x0600, 0x0700)):
        for mark in "\u0653\u0654\u0655":
            letter = unicodedata.normalize("NFC", seat + mark)
            if len(letter) == 1:
                composed += 1
                assert normalise_name(letter) == normalise_name(seat), (seat, mark)
    assert composed == 8


def test_keyboard_letters_are_drawn_from_other_layouts_only():
    for letter, arabic in KEYBOARD_LETTERS.items():
        assert unicodedata.name(letter).startswith("ARABIC LETTER")
        assert letter not in "ابتثجحخدذرزسشصضطظعغفقكلمنهوي" and arabic in "يكه"


def test_hiding_character_names_the_first():
    assert hiding_character("رامي") is None
    assert hiding_character("را\u2067مي\u202e") == "U+2067"
    assert hiding_character("\U000e0041") == "U+E0041"
