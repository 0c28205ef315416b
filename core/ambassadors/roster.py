"""The ambassador roster, kept in TinyDB: who they are, what was agreed, how they are doing.

Seed article 003 is the brief: choose people who enjoy it, make a plan together (when online,
maximum hours, compensation), facilitate (materials, training), leave monitoring of reactions
to a comms/HR colleague, and check in regularly — and credit them.

Records are validated on the way in against :data:`FIELDS`. The file carries a schema version
(:data:`SCHEMA_VERSION`) and is migrated when an older one is opened; a rolling backup is kept
beside it. GDPR: nothing is derived about a person from the data before consent is recorded
(see :func:`tracked`).
"""

from __future__ import annotations

import json
import shutil
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

from tinydb import Query
from tinydb.table import Document

from core.concepts import consented, pseudonym
from core.db import lock_for, open_db

SCHEMA_VERSION = 2
STATUSES = ("candidate", "active", "paused", "alumni")
BACKUPS_KEPT = 7
BACKUP_EVERY = timedelta(hours=12)


class RosterError(ValueError):
    """A record or an import that does not fit the roster; the message names the field.

    ``code`` (invalid, unknown_field, not_export, newer, missing) and ``params`` say the same
    for a message in the interface language (:data:`core.vocab.ROSTER_ERROR`).
    """

    def __init__(self, message: str, code: str = "invalid", **params: object) -> None:
        super().__init__(message)
        self.code, self.params = code, params


@dataclass(frozen=True)
class Field:
    """A field of an ambassador record: name, check, default, and what it is for."""

    name: str
    check: Callable[[object], bool]
    default: object
    doc: str


def _text(v) -> bool:
    return v is None or isinstance(v, str)


def _iso_date(v) -> bool:
    if v is None:
        return True
    try:
        date.fromisoformat(str(v))
    except ValueError:
        return False
    return True


def _list_of(check) -> Callable[[object], bool]:
    return lambda v: isinstance(v, list) and all(check(x) for x in v)


def _handle(v) -> bool:
    return isinstance(v, dict) and isinstance(v.get("handle"), str) and bool(v["handle"].strip())


def _checkin(v) -> bool:
    return (
        isinstance(v, dict)
        and _iso_date(v.get("date"))
        and v.get("date") is not None
        and (v.get("fits_hours") in (None, True, False))
    )


def _thanks(v) -> bool:
    return (
        isinstance(v, dict)
        and _iso_date(v.get("date"))
        and v.get("date") is not None
        and isinstance(v.get("what", ""), str)
    )


def _hours(v) -> bool:
    return v is None or (isinstance(v, int | float) and 0 < v <= 40)


def _window(v) -> bool:
    return (
        isinstance(v, dict)
        and set(v) >= {"from", "until"}
        and all(isinstance(v[k], int) and 0 <= v[k] <= 24 for k in ("from", "until"))
    )


FIELDS: tuple[Field, ...] = (
    Field(
        "name",
        lambda v: isinstance(v, str) and bool(v.strip()),
        None,
        "Name (shown only once consent is recorded).",
    ),
    Field("role", _text, None, "Role or job title."),
    Field("department", _text, None, "Department or team."),
    Field(
        "handles",
        _list_of(_handle),
        [],
        "Accounts: [{platform, handle}]; posts are matched on these.",
    ),
    Field("status", lambda v: v in STATUSES, "candidate", "candidate, active, paused or alumni."),
    Field("consent_date", _iso_date, None, "Date consent was given; nothing is tracked before it."),
    Field(
        "consent_scope",
        _list_of(lambda x: isinstance(x, str)),
        [],
        "What was consented to, e.g. 'analyse public posts', 'show name'.",
    ),
    Field("max_hours_week", _hours, None, "Agreed maximum hours a week for social media."),
    Field(
        "online_window",
        lambda v: v is None or _window(v),
        None,
        "Agreed online hours {from, until} (local), e.g. 8–20.",
    ),
    Field(
        "weekends",
        lambda v: v in (True, False),
        False,
        "Whether weekends were agreed as online time.",
    ),
    Field("compensation", _text, None, "How time is compensated."),
    Field(
        "training",
        _list_of(lambda x: isinstance(x, str)),
        [],
        "Training followed (vlogging, blogging, ...).",
    ),
    Field(
        "materials",
        _list_of(lambda x: isinstance(x, str)),
        [],
        "Materials received (selfie stick, editing software, ...).",
    ),
    Field(
        "monitor",
        _text,
        None,
        "The comms/HR colleague who monitors reactions (not the ambassador).",
    ),
    Field(
        "checkin_days",
        lambda v: isinstance(v, int) and 7 <= v <= 365,
        42,
        "Days between check-ins.",
    ),
    Field(
        "checkins", _list_of(_checkin), [], "Check-in log: {date, how, hard, needs, fits_hours}."
    ),
    Field("appreciation", _list_of(_thanks), [], "Appreciation log: {date, what, by}."),
    Field("notes", _text, None, "Free notes."),
)
FIELD_NAMES = tuple(f.name for f in FIELDS)


def validate(record: dict) -> dict:
    """A complete, checked record (defaults filled in).

    Raises:
        RosterError: A field is unknown or its value does not fit; the message names it.
    """
    unknown = sorted(set(record) - {*FIELD_NAMES, "id", "created_at", "updated_at"})
    if unknown:
        raise RosterError(
            f"unknown field(s): {', '.join(unknown)}", "unknown_field", field=", ".join(unknown)
        )
    clean = {}
    for f in FIELDS:
        value = record.get(f.name, f.default)
        if value is None and f.default is not None:
            value = f.default
        if not f.check(value):
            raise RosterError(
                f"field '{f.name}' has an invalid value: {value!r} ({f.doc})",
                "invalid",
                field=f.name,
            )
        clean[f.name] = list(value) if isinstance(value, list) else value
    return clean


def tracked(record: dict) -> bool:
    """True when consent is recorded: only then are posts analysed and the name shown
    (:func:`core.concepts.consented`, the privacy rule)."""
    return consented(record)


# --- migrations --------------------------------------------------------------------------


def _v1_to_v2(doc: dict) -> dict:
    """Version 1 kept one handle as text; version 2 keeps a list of {platform, handle}."""
    doc = dict(doc)
    handle = doc.pop("handle", None)
    platform = doc.pop("platform", None)
    doc.setdefault("handles", [{"platform": platform, "handle": handle}] if handle else [])
    return doc


MIGRATIONS: dict[int, Callable[[dict], dict]] = {1: _v1_to_v2}


class Roster:
    """The roster in one TinyDB file, with its schema version and rolling backups."""

    def __init__(
        self, path: Path, clock: Callable[[], datetime] = lambda: datetime.now(UTC)
    ) -> None:
        self.path = Path(path)
        self.clock = clock
        self._migrate()

    def _now(self) -> str:
        return self.clock().isoformat(timespec="seconds")

    def _migrate(self) -> None:
        with open_db(self.path) as db:
            meta = db.table("meta").get(doc_id=1) or {
                "version": SCHEMA_VERSION if not db.table("ambassadors").all() else 1
            }
            version = meta["version"]
            if version > SCHEMA_VERSION:
                raise RosterError(
                    f"{self.path.name} was written by a newer version (schema {version}); "
                    "update Employer Radar.",
                    "newer",
                    file=self.path.name,
                )
            if version < SCHEMA_VERSION:
                self._backup(force=True)
                docs = db.table("ambassadors").all()
                for step in range(version, SCHEMA_VERSION):
                    docs = [MIGRATIONS[step](d) for d in docs]
                table = db.table("ambassadors")
                table.truncate()
                for doc in docs:
                    table.insert(doc)
            if db.table("meta").get(doc_id=1) != {"version": SCHEMA_VERSION}:
                # Written only when it changes: opening the roster must not touch the file
                # (its time stamp keys what Start computes from it).
                db.table("meta").upsert(Document({"version": SCHEMA_VERSION}, doc_id=1))

    def _backup(self, force: bool = False) -> None:
        """Copy the file aside (at most every BACKUP_EVERY), keeping the newest BACKUPS_KEPT."""
        if not self.path.exists():
            return
        backups = sorted(self.path.parent.glob(f"{self.path.name}.bak-*"))
        now = self.clock()
        if backups and not force:
            newest = datetime.strptime(
                backups[-1].name.rsplit("bak-", 1)[1], "%Y%m%dT%H%M%S"
            ).replace(tzinfo=UTC)
            if now - newest < BACKUP_EVERY:
                return
        target = self.path.with_name(f"{self.path.name}.bak-{now:%Y%m%dT%H%M%S}")
        shutil.copy2(self.path, target)
        for old in sorted(self.path.parent.glob(f"{self.path.name}.bak-*"))[:-BACKUPS_KEPT]:
            old.unlink(missing_ok=True)

    def _write(self, action: Callable) -> object:
        with lock_for(self.path):
            self._backup()
            with open_db(self.path) as db:
                return action(db.table("ambassadors"))

    def add(self, record: dict) -> str:
        """Add an ambassador; returns the new id."""
        clean = validate(record)
        ident = uuid.uuid4().hex[:10]
        now = self._now()
        self._write(
            lambda t: t.insert({"id": ident, **clean, "created_at": now, "updated_at": now})
        )
        return ident

    def update(self, ident: str, changes: dict) -> dict:
        """Change fields of one ambassador (validated as a whole); returns the new record."""
        with lock_for(self.path):  # read, change and write as one step: no lost updates
            current = self.get(ident)
            if current is None:
                raise RosterError(f"no ambassador with id {ident!r}", "missing")
            fields = {k: v for k, v in current.items() if k in FIELD_NAMES}
            merged = validate({**fields, **changes})
            record = {**current, **merged, "updated_at": self._now()}
            self._write(lambda t: t.update(record, Query().id == ident))
            return record

    def _append(self, ident: str, field: str, entry: dict) -> dict:
        with lock_for(self.path):
            current = self.get(ident) or {}
            return self.update(ident, {field: [*current.get(field, []), entry]})

    def log_checkin(self, ident: str, entry: dict) -> dict:
        """Add a check-in: {date, how, hard, needs, fits_hours}."""
        return self._append(ident, "checkins", entry)

    def log_appreciation(self, ident: str, entry: dict) -> dict:
        """Add a thank-you: {date, what, by}."""
        return self._append(ident, "appreciation", entry)

    def delete(self, ident: str) -> None:
        self._write(lambda t: t.remove(Query().id == ident))

    def get(self, ident: str) -> dict | None:
        with open_db(self.path) as db:
            doc = db.table("ambassadors").get(Query().id == ident)
        return dict(doc) if doc else None

    def all(self) -> list[dict]:
        with open_db(self.path) as db:
            docs = db.table("ambassadors").all()
        return sorted((dict(d) for d in docs), key=lambda d: d["created_at"])

    def export_json(self, private: bool = False) -> bytes:
        """The whole roster as JSON (with its schema version).

        Args:
            private: Pseudonymise everyone without recorded consent (for files that leave the
                app); the full export is the backup to import again.
        """
        records = export_view(self.all()) if private else self.all()
        payload = {"schema": SCHEMA_VERSION, "ambassadors": records}
        return json.dumps(payload, ensure_ascii=False, indent=2).encode("utf-8")

    def import_json(self, data: bytes, replace: bool = False) -> int:
        """Import an export. The whole file is checked against :data:`BACKUP_SCHEMA` (JSON
        Schema) and every record against :data:`FIELDS` first; nothing changes if one fails.

        Returns:
            Number of ambassadors imported (added or replaced by id).

        Raises:
            RosterError: The file is not a roster export, is newer than this version, or a
                record does not fit; the message says which record and field.
        """
        payload = _checked_backup(data, self.path.name)
        docs = payload["ambassadors"]
        for step in range(payload["schema"], SCHEMA_VERSION):
            docs = [MIGRATIONS[step](d) for d in docs]
        now = self._now()
        records = []
        for i, doc in enumerate(docs, start=1):
            try:
                clean = validate(doc)
            except RosterError as err:
                raise RosterError(
                    f"record {i}: {err}", "record", record=i, field=err.params.get("field", "")
                ) from None
            records.append(
                {
                    "id": doc.get("id") or uuid.uuid4().hex[:10],
                    **clean,
                    "created_at": doc.get("created_at") or now,
                    "updated_at": now,
                }
            )

        def apply(table) -> int:
            if replace:
                table.truncate()
            for record in records:
                table.upsert(record, Query().id == record["id"])
            return len(records)

        return self._write(apply)


_STAMP = {"type": "string", "pattern": r"^\d{4}-\d{2}-\d{2}(T[0-9:.+\-Z]+)?$", "maxLength": 40}
_TEXT = {"type": ["string", "null"], "maxLength": 10_000}
BACKUP_SCHEMA: dict = {
    "$schema": "https://json-schema.org/draft/2020-12/schema",
    "type": "object",
    "required": ["schema", "ambassadors"],
    "properties": {
        "schema": {"type": "integer", "minimum": 1},
        "ambassadors": {
            "type": "array",
            "maxItems": 10_000,
            "items": {
                "type": "object",
                "required": ["name"],
                "properties": {
                    "id": {"type": "string", "minLength": 1, "maxLength": 64},
                    "created_at": _STAMP,
                    "updated_at": _STAMP,
                    "name": {"type": "string", "minLength": 1, "maxLength": 200},
                    "role": _TEXT,
                    "department": _TEXT,
                    "notes": _TEXT,
                    "compensation": _TEXT,
                    "status": {"type": "string"},
                    "consent_date": {"anyOf": [_STAMP, {"type": "null"}]},
                    "handles": {"type": "array", "maxItems": 50},
                    "checkins": {"type": "array", "maxItems": 10_000},
                    "appreciation": {"type": "array", "maxItems": 10_000},
                },
            },
        },
    },
}
"""The shape of a roster backup, checked with a JSON Schema validator before anything in the
roster changes (the meaning of each field is then checked against :data:`FIELDS`)."""


def _checked_backup(data: bytes, name: str) -> dict:
    """A backup parsed and checked against :data:`BACKUP_SCHEMA`; a newer one is refused.

    Raises:
        RosterError: Not JSON, not a roster export, newer, or a record that does not fit.
    """
    from jsonschema import Draft202012Validator

    try:
        payload = json.loads(data)
    except (json.JSONDecodeError, UnicodeDecodeError, RecursionError) as err:
        raise RosterError(f"not a roster export: {type(err).__name__}", "not_export") from None
    version = payload.get("schema") if isinstance(payload, dict) else None
    if isinstance(version, int) and not isinstance(version, bool) and version > SCHEMA_VERSION:
        raise RosterError(f"{name}: written by a newer version (schema {version})", "newer",
                          file=name)  # fmt: skip
    errors = sorted(Draft202012Validator(BACKUP_SCHEMA).iter_errors(payload), key=lambda e: e.path)
    if not errors:
        return payload
    first = errors[0]
    where = list(first.absolute_path)
    if len(where) >= 2 and where[0] == "ambassadors" and isinstance(where[1], int):
        field = str(where[2]) if len(where) > 2 else "record"
        raise RosterError(f"record {where[1] + 1}: {field}: {first.message}", "record",
                          record=where[1] + 1, field=field)  # fmt: skip
    raise RosterError(f"not a roster export: {first.message}", "not_export")


__all__ = [
    "BACKUP_SCHEMA",
    "FIELDS",
    "SCHEMA_VERSION",
    "STATUSES",
    "Roster",
    "RosterError",
    "pseudonym",
    "tracked",
    "validate",
]


def display_name(record: dict, word: str = "ambassador") -> str:
    """The name to show: the real one once consent is recorded, a stable pseudonym before."""
    if tracked(record):
        return record["name"]
    handles = record.get("handles") or []
    return pseudonym(handles[0]["handle"] if handles else record.get("id", record["name"]), word)


def export_view(records: list[dict]) -> list[dict]:
    """Records as they may leave the app: without consent, name and handles pseudonymised."""
    out = []
    for record in records:
        if tracked(record):
            out.append(record)
        else:
            hidden = [
                {"platform": h.get("platform"), "handle": pseudonym(h["handle"], "account")}
                for h in record.get("handles", [])
            ]
            # role and department beside a pseudonym would name the person in a small team
            out.append(
                {**record, "name": display_name(record), "handles": hidden, "notes": None,
                 "role": None, "department": None}
            )  # fmt: skip
    return out
