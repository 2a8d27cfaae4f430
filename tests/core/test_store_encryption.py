"""The store's personal columns are ciphertext on disk; an older (0003) store is encrypted
by migration 0004 and reads back the same; without its key the store is not used."""

from __future__ import annotations

import contextlib
import sqlite3
from pathlib import Path

import pytest
from alembic import command
from alembic.config import Config
from sqlalchemy import select, text
from sqlalchemy.orm import sessionmaker

from clerk_desk.crypto import DecryptionError, StoreKey
from clerk_desk.store.db import (
    MIGRATIONS_DIR,
    current_revision,
    head_revision,
    make_engine,
    open_store,
)
from clerk_desk.store.models import AuditEntry, Decision, RegistrySnapshot, Request, StoreLocked
from tests.store_keys import TEST_STORE_KEY

NAME = "خالد الدمشقي"
NN = "01234567891"
RECORD = f'{{"national_number": "{NN}", "first_name": "خالد", "last_name": "الدمشقي"}}'


def _store_at_0003_with_data(path: Path) -> None:
    engine = make_engine(path)
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, "0003")
    with engine.begin() as connection:
        connection.execute(
            text(
                "INSERT INTO requests (id, service_code, service_class, center_code, status,"
                " requester_name, relation_ar, subject_national_number, subject,"
                " delivery_method, delivery, submitted_at, assigned_at, server_updated_at)"
                " VALUES ('DAM-000001', 'civil_extract_individual', 'fast', 'DAM',"
                " 'accepted', :name, 'نفسه', :nn, :record, 'post',"
                ' \'{"recipient_name": "خالد الدمشقي", "city_ar": "دمشق"}\','
                " '2026-03-01 08:00:00', '2026-03-01 08:00:00', '2026-03-01 08:00:00')"
            ),
            {"name": NAME, "nn": NN, "record": RECORD},
        )
        connection.execute(
            text(
                "INSERT INTO registry_snapshots (request_id, national_number, record, fetched_at)"
                " VALUES ('DAM-000001', :nn, :record, '2026-03-01 08:01:00')"
            ),
            {"nn": NN, "record": RECORD},
        )
        connection.execute(
            text(
                "INSERT INTO decisions (request_id, outcome, reason_code, reason_text,"
                " comparison, snapshot_id, decided_by, decided_at) VALUES ('DAM-000001',"
                " 'accept', NULL, :name, '{\"verdict\": \"match\"}', 1, 'dam.clerk1',"
                " '2026-03-01 08:02:00')"
            ),
            {"name": f"حسب طلب {NAME}"},
        )
        connection.execute(
            text(
                "INSERT INTO audit_log (at, actor, workstation, request_id, action, detail,"
                " prev_hash, hash) VALUES ('2026-03-01 08:02:00', 'dam.clerk1', 'W1',"
                " 'DAM-000001', 'accept', '{}', :z, :z)"
            ),
            {"z": "0" * 64},
        )
    engine.dispose()


def _raw_bytes(path: Path) -> bytes:
    return b"".join(p.read_bytes() for p in path.parent.iterdir() if p.name.startswith(path.name))


def test_a_0003_store_with_data_upgrades_encrypted_and_reads_back(tmp_path: Path) -> None:
    path = tmp_path / "store.sqlite3"
    _store_at_0003_with_data(path)
    assert NAME.encode() in _raw_bytes(path)  # the old store: in clear

    sessions = open_store(path, TEST_STORE_KEY)
    assert current_revision(sessions.kw["bind"]) == head_revision()
    with sessions() as session:
        request = session.get_one(Request, "DAM-000001")
        assert (request.requester_name, request.subject_national_number) == (NAME, NN)
        assert request.relation_ar == "نفسه"
        assert request.subject["first_name"] == "خالد"
        assert request.delivery == {"recipient_name": NAME, "city_ar": "دمشق"}
        snapshot = session.scalars(select(RegistrySnapshot)).one()
        assert (snapshot.national_number, snapshot.record["last_name"]) == (NN, "الدمشقي")
        decision = session.scalars(select(Decision)).one()
        assert decision.reason_text == f"حسب طلب {NAME}"
        assert decision.comparison == {"verdict": "match"}
        assert session.scalars(select(AuditEntry)).one().detail == {}
    sessions.kw["bind"].dispose()

    on_disk = _raw_bytes(path)  # the file, and its -wal and -shm if any
    for secret in (NAME, NN, "خالد", "الدمشقي"):
        assert secret.encode("utf-8") not in on_disk, secret
    # reopening a current store changes nothing and reads the same
    with open_store(path, TEST_STORE_KEY)() as session:
        assert session.get_one(Request, "DAM-000001").requester_name == NAME


def test_without_its_key_the_store_is_not_read_nor_written(tmp_path: Path) -> None:
    path = tmp_path / "store.sqlite3"
    _store_at_0003_with_data(path)
    open_store(path, TEST_STORE_KEY).kw["bind"].dispose()
    keyless = sessionmaker(make_engine(path))
    with keyless() as session, pytest.raises(StoreLocked):
        session.get_one(Request, "DAM-000001")
    other = open_store(path, StoreKey.generate())
    with other() as session, pytest.raises(DecryptionError):
        session.get_one(Request, "DAM-000001")


def test_what_is_stored_is_ciphertext(tmp_path: Path) -> None:
    path = tmp_path / "store.sqlite3"
    _store_at_0003_with_data(path)
    open_store(path, TEST_STORE_KEY).kw["bind"].dispose()
    with contextlib.closing(sqlite3.connect(path)) as connection:
        name, nn, subject = connection.execute(
            "SELECT requester_name, subject_national_number, subject FROM requests"
        ).fetchone()
    assert all(str(v).startswith("enc1:") for v in (name, nn, subject))
