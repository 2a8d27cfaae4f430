"""AES-GCM under the store key: round trip, tamper evidence, the wrong key, the wrong place."""

from __future__ import annotations

import pytest

from clerk_desk.crypto import DecryptionError, StoreKey, is_encrypted_text

NAME = "محمد الحلبي 01234567890".encode()


def test_round_trip_and_fresh_nonce() -> None:
    key = StoreKey.generate()
    one, two = key.encrypt(NAME, "requests.subject"), key.encrypt(NAME, "requests.subject")
    assert one != two  # a random nonce each time: equal values do not look equal
    assert NAME not in one
    assert key.decrypt(one, "requests.subject") == NAME
    assert key.decrypt(two, "requests.subject") == NAME
    text = key.encrypt_text("أحمد", "requests.requester_name")
    assert is_encrypted_text(text) and "أحمد" not in text
    assert key.decrypt_text(text, "requests.requester_name") == "أحمد"


@pytest.mark.parametrize("position", [0, 1, 13, -1])
def test_a_changed_byte_fails(position: int) -> None:
    key = StoreKey.generate()
    blob = bytearray(key.encrypt(NAME, "c"))
    blob[position] ^= 0x01
    with pytest.raises(DecryptionError):
        key.decrypt(bytes(blob), "c")


def test_the_wrong_key_or_the_wrong_column_fails() -> None:
    key = StoreKey.generate()
    blob = key.encrypt(NAME, "requests.subject")
    with pytest.raises(DecryptionError):
        StoreKey.generate().decrypt(blob, "requests.subject")
    with pytest.raises(DecryptionError):
        key.decrypt(blob, "requests.delivery")
    with pytest.raises(DecryptionError):
        key.decrypt_text("محمد", "requests.subject")  # clear text is not accepted


def test_the_key_keeps_its_text_form_and_hides_in_repr() -> None:
    key = StoreKey.generate()
    again = StoreKey.from_text(key.to_text())
    assert again.decrypt(key.encrypt(NAME, "c"), "c") == NAME
    assert key.to_text() not in repr(key)
    with pytest.raises(ValueError):
        StoreKey(b"short")
