#!/usr/bin/env bash
# Re-extract the translatable strings of ui/ into the Arabic catalogue, fill the new ones
# from the dictionary in scripts/translations_ar/ (a module per area) and compile the .qm.
# Re-runnable:
# after adding strings in ui/, add their Arabic to that dictionary and run this again.
#   scripts/update-translations.sh          extract + fill + compile
#   scripts/update-translations.sh --extract-only
# lupdate merges: translations already in the .ts are kept; vanished strings are dropped
# (-no-obsolete). English is the source language, so there is no clerk_desk_en.ts.
set -euo pipefail

cd "$(dirname "$0")/.."
BIN=.venv/bin
TS=resources/translations/clerk_desk_ar.ts
QM=resources/translations/clerk_desk_ar.qm

mkdir -p "$(dirname "$TS")"
# ui/, and the core and printing files that mark messages for the interface to translate
mapfile -t sources < <({ find ui -name '*.py' -not -path '*/__pycache__/*';
                         grep -rl --include='*.py' 'QT_TRANSLATE_NOOP(' clerk_desk printing; } |
                       LC_ALL=C sort -u)

"$BIN/pyside6-lupdate" -silent -no-obsolete -locations none \
    -source-language en -target-language ar_SY \
    "${sources[@]}" -ts "$TS"

if [[ "${1:-}" == "--extract-only" ]]; then
    exit 0
fi

# Fill what has no translation yet; a non-zero status (strings with no Arabic, or a bare
# tr("Context", "text") lupdate cannot read) is reported after compiling what there is.
status=0
"$BIN/python" scripts/fill_translations_ar.py "$TS" || status=$?
"$BIN/pyside6-lrelease" "$TS" -qm "$QM"
exit "$status"
