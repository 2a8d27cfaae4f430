"""The demo seed's accounts: two clerks and a shift supervisor at each center, all with the
password :data:`DEMO_PASSWORD` (moved out of :mod:`central.seed`, which keeps the requests)."""

from __future__ import annotations

from central.db import UserRow
from central.security import hash_password

DEMO_PASSWORD = "demo"

# The centers in the seed's order, each with its clerks' and supervisor's names.
_USER_NAMES: dict[str, tuple[str, str, str]] = {
    "DAM": ("رنا محمود الشامي", "عبد الرحمن خالد القباني", "هالة سليم الخطيب"),
    "ALP": ("أحمد يوسف الحلبي", "ميساء إبراهيم الأتاسي", "عبد الله حسن الجابري"),
    "HMS": ("لمى عدنان الدروبي", "إلياس جورج عيسى", "مؤيد عبد الكريم الحمصي"),
    "HMA": ("فاطمة الزهراء العلواني", "عمار طلال الحموي", "نزار مأمون الكيلاني"),
    "LTK": ("سوسن ميشيل إسبر", "علاء أسامة الشهابي", "آمنة رؤوف اللاذقاني"),
}


def demo_usernames() -> list[str]:
    """The log-in names the demo seed creates, all with the password :data:`DEMO_PASSWORD`."""
    names = []
    for code in _USER_NAMES:
        prefix = code.lower()
        names += [f"{prefix}.clerk1", f"{prefix}.clerk2", f"{prefix}.supervisor"]
    return names


def make_users() -> list[UserRow]:
    users = []
    for code, (clerk1, clerk2, supervisor) in _USER_NAMES.items():
        prefix = code.lower()
        for username, full_name, role in (
            (f"{prefix}.clerk1", clerk1, "clerk"),
            (f"{prefix}.clerk2", clerk2, "clerk"),
            (f"{prefix}.supervisor", supervisor, "supervisor"),
        ):
            # One salt per user: no two demo accounts share a hash.
            password_hash = hash_password(DEMO_PASSWORD, demo=True)
            users.append(
                UserRow(
                    username=username,
                    full_name=full_name,
                    role=role,
                    center_code=code,
                    password_hash=password_hash,
                )
            )
    return users
