"""Files shipped with Clerk Desk: fonts, translations, texts printed on documents."""

from pathlib import Path

RESOURCES_DIR = Path(__file__).parent
FONTS_DIR = RESOURCES_DIR / "fonts"
TRANSLATIONS_DIR = RESOURCES_DIR / "translations"
DELIVERY_TERMS_FILE = RESOURCES_DIR / "delivery_terms_ar.txt"
REJECTION_REASONS_FILE = RESOURCES_DIR / "rejection_reasons.json"
TEMPLATES_DIR = RESOURCES_DIR / "templates"
SYRIAN_NAMES_FILE = RESOURCES_DIR / "syrian_names.txt"  # names the property tests vary
FEES_FILE = RESOURCES_DIR / "fees.json"  # each service's fee, in Syrian pounds, by date
