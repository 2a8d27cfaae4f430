"""How an Arabic entry is written: one text, or Arabic's six plural forms."""

from __future__ import annotations

# Qt's Arabic plural rule, in the order of the numerus forms: n == 0, n == 1, n == 2,
# n % 100 in 3..10, n % 100 in 11..99, the rest (100, 101, 102, ...).
ARABIC_PLURAL_FORMS = 6

Plural = tuple[str, str, str, str, str, str]
