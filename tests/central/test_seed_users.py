"""The demo accounts: two clerks and a supervisor at every seeded center, password "demo"."""

from __future__ import annotations

from central.security import verify_password
from central.seed import CENTERS
from central.seed_users import DEMO_PASSWORD, demo_usernames, make_users


def test_every_center_has_two_clerks_and_a_supervisor() -> None:
    users = make_users()
    assert [u.username for u in users] == demo_usernames()
    for center in CENTERS:
        mine = {u.username: u.role for u in users if u.center_code == center.code}
        prefix = center.code.lower()
        assert mine == {
            f"{prefix}.clerk1": "clerk",
            f"{prefix}.clerk2": "clerk",
            f"{prefix}.supervisor": "supervisor",
        }
    assert all(u.full_name for u in users)


def test_each_account_has_its_own_hash_of_the_demo_password() -> None:
    users = make_users()
    assert len({u.password_hash for u in users}) == len(users)
    assert verify_password(users[0].password_hash, DEMO_PASSWORD)
    assert not verify_password(users[0].password_hash, DEMO_PASSWORD.upper())
