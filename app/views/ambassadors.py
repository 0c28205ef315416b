"""Sections of the Ambassadors page: care, the roster, candidates and fans, backup."""

from __future__ import annotations

from datetime import date

import polars as pl
import streamlit as st

from app import cache, state
from app.components import flash, kept_tabs, lang, roster, t, tn
from core import charts, fmt, settings, vocab
from core.ambassadors import care, discover
from core.ambassadors.roster import STATUSES, Roster, RosterError, display_name, tracked
from core.datasets import DatasetInfo
from core.demo import roster as demo_roster
from core.i18n import N_, translate_any


def as_of(posts: pl.DataFrame) -> date:
    """Activity is judged up to today, or up to the end of the data when that is earlier."""
    end = posts.get_column("published_at").max()
    return min(date.today(), end.date()) if end else date.today()


def care_section(store: Roster, posts: pl.DataFrame) -> None:
    people = store.all()
    until = as_of(posts)
    st.caption(
        t(
            "Prompts for a conversation, not a leaderboard. Activity is only "
            "looked at for ambassadors whose consent is recorded, up to {date}.",
            date=fmt.day(until, lang()),
        )
    )
    names = {p["id"]: fmt.plain(display_name(p, t("ambassador"))) for p in people}
    signals = care.checkins_due(people, date.today())
    for person in people:
        if person["status"] in ("active", "paused"):
            signals += care.strain(posts.lazy(), person, until, settings.get("timezone"))
            signals += care.thank_you(posts.lazy(), person, until)
    if not signals:
        st.success(t("Nothing that needs attention. Good."), icon=":material/sentiment_satisfied:")
    for signal in signals:
        values = {
            k: fmt.percent(v, lang(), 0) if k == "share" else v for k, v in signal.values.items()
        }
        values["due"] = (
            fmt.day(date.fromisoformat(values["due"]), lang()) if "due" in values else None
        )
        days = values.get("days")
        text = translate_any(
            vocab.AMB_SIGNAL[signal.code],
            lang(),
            days if isinstance(days, int) else None,
            name=names.get(signal.ambassador, "?"),
            **{k: v for k, v in values.items() if v is not None},
        )
        icon = (
            ":material/favorite:"
            if signal.code == "thank"
            else ":material/event:"
            if "checkin" in signal.code
            else ":material/self_care:"
        )
        (st.warning if signal.level == "warn" else st.info)(text, icon=icon)


def roster_section(store: Roster, posts: pl.DataFrame) -> None:
    people = store.all()
    statuses = [p["status"] for p in people]
    if not people:
        st.info(t("No ambassadors yet. Add candidates from 'From the data' or below."))
    else:
        st.dataframe(
            {
                t("Name"): [display_name(p, t("ambassador")) for p in people],
                t("Status"): [t(vocab.AMB_STATUS[status]) for status in statuses],
                t("Role"): [p.get("role") or "" for p in people],
                t("Consent"): [
                    fmt.day(date.fromisoformat(p["consent_date"]), lang())
                    if p.get("consent_date")
                    else "—"
                    for p in people
                ],
                t("Last check-in"): [
                    fmt.day(date.fromisoformat(max(c["date"] for c in p["checkins"])), lang())
                    if p["checkins"]
                    else "—"
                    for p in people
                ],
                t("Monitors reactions"): [p.get("monitor") or "—" for p in people],
            },
            hide_index=True,
            width="stretch",
        )
        labels = {p["id"]: display_name(p, t("ambassador")) for p in people}
        ident = st.selectbox(
            t("View or edit"), list(labels), format_func=labels.__getitem__, key=state.AMB_PICK
        )
        detail(store, store.get(ident), posts)
    with st.expander(t("New ambassador")), st.form("amb.new"):
        name = st.text_input(t("Name"))
        handles = st.text_area(t("Accounts (platform:account, one per line)"), height=70)
        if st.form_submit_button(t("Add")):
            _save(
                lambda: store.add({"name": name, "handles": _handles(handles)}),
                t("{name} was added as a candidate.", name=fmt.plain(name)),
            )


def _handles(text: str) -> list[dict]:
    rows = []
    for line in text.splitlines():
        if line.strip():
            platform, _, handle = line.partition(":") if ":" in line else ("", "", line)
            rows.append({"platform": platform.strip().lower() or None, "handle": handle.strip()})
    return rows


def _split(text: str) -> list[str]:
    return [x.strip() for x in text.split(",") if x.strip()]


def _save(action, message: str) -> None:
    try:
        action()
    except RosterError as err:
        st.error(t("Not saved: {error}", error=_roster_error(err)))
        return
    st.session_state[state.FLASH] = message
    st.rerun()


def detail(store: Roster, person: dict, posts: pl.DataFrame) -> None:
    """One ambassador: profile and agreements, check-ins and appreciation, activity."""
    _profile(store, person)
    _log_forms(store, person["id"])
    _history(person)
    activity(person, posts)


def _profile(store: Roster, person: dict) -> None:
    key = person["id"]
    with st.expander(t("Profile and agreements"), expanded=False), st.form(f"amb.profile.{key}"):
        a, b, c = st.columns(3)
        name = a.text_input(t("Name"), person["name"])
        role = b.text_input(t("Role"), person.get("role") or "")
        department = c.text_input(t("Department"), person.get("department") or "")
        handles = st.text_area(
            t("Accounts (platform:account, one per line)"),
            "\n".join(
                f"{h.get('platform') or ''}:{h['handle']}".lstrip(":") for h in person["handles"]
            ),
            height=70,
        )
        a, b, c = st.columns(3)
        status = a.selectbox(
            t("Status"),
            STATUSES,
            index=STATUSES.index(person["status"]),
            format_func={s: t(vocab.AMB_STATUS[s]) for s in STATUSES}.__getitem__,
        )
        consented = b.checkbox(t("Consent is recorded"), value=tracked(person))
        consent = c.date_input(
            t("Consent given on"),
            value=date.fromisoformat(person["consent_date"])
            if person.get("consent_date")
            else date.today(),
            format="DD-MM-YYYY",
        )
        scope = st.text_input(
            t("For what (comma-separated)"), ", ".join(person.get("consent_scope", []))
        )
        a, b, c = st.columns(3)
        hours = a.number_input(
            t("Maximum hours a week"),
            min_value=0.0,
            max_value=40.0,
            value=float(person.get("max_hours_week") or 0),
            step=0.5,
        )
        window = person.get("online_window") or {"from": 8, "until": 20}
        span = b.slider(t("Agreed online hours"), 0, 24, (window["from"], window["until"]))
        agreed = c.checkbox(
            t("Online hours were agreed"), value=person.get("online_window") is not None
        )
        weekends = c.checkbox(
            t("Weekends are part of the agreement"), value=person.get("weekends", False)
        )
        compensation = st.text_input(
            t("Compensation for the time"), person.get("compensation") or ""
        )
        a, b = st.columns(2)
        training = a.text_input(
            t("Training followed (comma-separated)"), ", ".join(person.get("training", []))
        )
        materials = b.text_input(
            t("Materials received (comma-separated)"), ", ".join(person.get("materials", []))
        )
        a, b = st.columns(2)
        monitor = a.text_input(
            t("Colleague (comms/HR) who monitors reactions"), person.get("monitor") or ""
        )
        interval = b.number_input(
            t("Days between check-ins"),
            min_value=7,
            max_value=365,
            value=int(person.get("checkin_days", 42)),
        )
        notes = st.text_area(t("Notes"), person.get("notes") or "", height=70)
        if st.form_submit_button(t("Save"), type="primary"):
            changes = {
                "name": name,
                "role": role or None,
                "department": department or None,
                "handles": _handles(handles),
                "status": status,
                "consent_date": consent.isoformat() if consented else None,
                "consent_scope": _split(scope),
                "max_hours_week": hours or None,
                "online_window": {"from": span[0], "until": span[1]} if agreed else None,
                "weekends": weekends,
                "compensation": compensation or None,
                "training": _split(training),
                "materials": _split(materials),
                "monitor": monitor or None,
                "checkin_days": int(interval),
                "notes": notes or None,
            }
            _save(lambda: store.update(key, changes), t("Saved."))


def _log_forms(store: Roster, key: str) -> None:
    left, right = st.columns(2)
    with left, st.form(f"amb.checkin.{key}", clear_on_submit=True):
        st.markdown("**" + t("Log a check-in") + "**")
        when = st.date_input(t("Date"), value=date.today(), format="DD-MM-YYYY")
        how = st.text_input(t("How is it going?"))
        hard = st.text_input(t("What is hard?"))
        needs = st.text_input(t("What do you need?"))
        fits = st.radio(
            t("Does it fit working hours?"),
            ["yes", "no"],
            horizontal=True,
            format_func={"yes": t("yes"), "no": t("no")}.__getitem__,
        )
        if st.form_submit_button(t("Save check-in")):
            entry = {
                "date": when.isoformat(),
                "how": how,
                "hard": hard,
                "needs": needs,
                "fits_hours": fits == "yes",
            }
            _save(lambda: store.log_checkin(key, entry), t("Saved."))
    with right, st.form(f"amb.thanks.{key}", clear_on_submit=True):
        st.markdown("**" + t("Log appreciation") + "**")
        when = st.date_input(
            t("Date"), value=date.today(), format="DD-MM-YYYY", key=f"amb.thanks.date.{key}"
        )
        what = st.text_input(t("What"))
        by = st.text_input(t("From whom"))
        if st.form_submit_button(t("Save appreciation")):
            _save(
                lambda: store.log_appreciation(
                    key, {"date": when.isoformat(), "what": what, "by": by}
                ),
                t("Saved."),
            )


def _history(person: dict) -> None:
    symbol = {"fits": "✓", "does_not_fit": "⚠", "unknown": "•"}
    log = []
    for c in person["checkins"]:
        mark, said = care.checkin_line(c)
        note = t("does not fit working hours —") if mark == "does_not_fit" else ""
        log.append((c["date"], " ".join(x for x in (symbol[mark], note, said) if x)))
    log += [
        (a["date"], "♥ " + " · ".join(x for x in (a.get("what"), a.get("by")) if x))
        for a in person["appreciation"]
    ]
    if log:
        st.markdown("**" + t("Check-ins and appreciation") + "**")
        for when, text in sorted(log, reverse=True)[:12]:
            st.caption(f"{fmt.day(date.fromisoformat(when), lang())} — {fmt.plain(text)}")


def activity(person: dict, posts: pl.DataFrame) -> None:
    st.markdown("**" + t("Activity") + "**")
    if not tracked(person):
        st.info(
            t("No consent recorded yet: nothing about this person is taken from the data."),
            icon=":material/lock:",
        )
        return
    stats = discover.activity(posts.lazy(), person, settings.get("timezone"))
    if not stats["posts"]:
        st.caption(t("Nobody found in this dataset."))
        return
    language = lang()
    cells = [
        (N_("Posts"), fmt.number(stats["posts"], language)),
        (N_("Reach"), fmt.number(stats["reach"], language)),
        (N_("Median engagements"), fmt.number(stats["engagement"], language, 1)),
        (N_("Positive"), fmt.percent(stats["positive"], language, 0)),
    ]
    for col, (k, v) in zip(st.columns(4), cells, strict=True):
        col.metric(t(k), v, border=True)
    if stats["topics"]:
        st.caption(
            t("Topics: {topics}", topics=", ".join(t(vocab.CATEGORY[c]) for c in stats["topics"]))
        )
    hours = stats["hours"].with_columns(
        pl.format("{}:00", pl.col("hour").cast(pl.String).str.zfill(2)).alias("label")
    )
    st.altair_chart(
        charts.bar(hours, "label", "len", (t("Hour"), t("Posts")), language),
        width="stretch",
    )


def _words() -> dict[str, str]:
    return {w: t(vocab.AMB_PSEUDO[w]) for w in ("employee", "person", "fan")}


def _themes_column(info: DatasetInfo, keys: list[str]) -> dict:
    """Their main themes, once the Themes page has found the dataset's themes."""
    themed = cache.with_themes(info, lang())
    if themed is None:
        return {}
    found = discover.top_themes(themed, keys)
    return {t("Themes (Themes page)"): [found.get(k, "") for k in keys]}


def data_section(store: Roster, posts: pl.DataFrame, info: DatasetInfo) -> None:
    people = store.all()
    st.subheader(t("Candidate ambassadors"))
    st.caption(
        t(
            "People who post often and positively about the own organisation. "
            "Shown under a pseudonym until their consent is recorded."
        )
    )
    words = _words()
    found = cache.computed(  # kept per dataset version, roster version and language
        (cache.version(info), cache.roster_stamp(info), info.own_employer, tuple(words.items())),
        discover.candidates,
        posts.lazy(), info.own_employer, people, words=words,
    )  # fmt: skip
    language = lang()
    if found.is_empty():
        st.info(t("Nobody found in this dataset."))
    else:
        st.dataframe(
            {
                t("Name"): found.get_column("label").to_list(),
                t("Kind"): [t(vocab.AMB_KIND[k]) for k in found.get_column("kind")],
                t("Posts"): [fmt.number(v, language) for v in found.get_column("posts")],
                t("Positive"): [fmt.percent(v, language, 0) for v in found.get_column("positive")],
                t("Reach"): [fmt.number(v, language) for v in found.get_column("reach")],
                t("Topics"): [
                    ", ".join(t(vocab.CATEGORY[c]) for c in (v or "").split(", ") if c)
                    for v in found.get_column("topics")
                ],
                **_themes_column(info, found.get_column("key").to_list()),
            },
            hide_index=True,
            width="stretch",
        )
        for row in found.filter(~pl.col("in_roster")).head(8).iter_rows(named=True):
            if st.button(
                t("Add to ambassadors: {label}", label=row["label"]),
                key=f"amb.add.{row['key']}",
                icon=":material/person_add:",
            ):
                record = {
                    "name": row["label"],
                    "handles": [{"platform": None, "handle": "@" + row["key"]}],
                    "status": "candidate",
                }
                _save(
                    lambda record=record: store.add(record),
                    t("{name} was added as a candidate.", name=fmt.plain(row["label"])),
                )
    st.subheader(t("Fans"))
    st.caption(t("People who share and respond to the organisation's posts most."))
    crowd = discover.fans(posts.lazy(), info.own_employer, people, words=_words())
    if crowd.is_empty():
        st.info(t("Nobody found in this dataset."))
        return
    st.dataframe(
        {
            t("Name"): crowd.get_column("label").to_list(),
            t("Interactions"): [fmt.number(v, language) for v in crowd.get_column("interactions")],
            t("Shares"): [fmt.number(v, language) for v in crowd.get_column("shares")],
        },
        hide_index=True,
        width="stretch",
    )


def backup_section(store: Roster) -> None:
    left, right = st.columns(2)
    left.download_button(
        t("Download the list (JSON, pseudonymised without consent)"),
        store.export_json(private=True),
        "ambassadors.json",
        "application/json",
        icon=":material/download:",
    )
    right.download_button(
        t("Download full backup (JSON)"),
        store.export_json(),
        "ambassadors-backup.json",
        "application/json",
        icon=":material/backup:",
    )
    upload = st.file_uploader(t("Restore a backup (JSON)"), type=["json"], key=state.AMB_IMPORT)
    if upload is not None and st.button(t("Restore")):
        try:
            count = store.import_json(upload.getvalue())
        except RosterError as err:
            st.error(t("Not imported, nothing changed: {error}", error=_roster_error(err)))
            return
        st.session_state[state.FLASH] = tn(
            "{count} ambassador imported.", "{count} ambassadors imported.", count, count=count
        )
        st.rerun()


def page(info: DatasetInfo) -> None:
    store = roster(info)
    posts = cache.posts(info)
    flash()
    if info.kind == "demo" and not store.all():
        st.info(
            t(
                "This is the demo dataset. Load the example list with Veldhuis "
                "Techniek's five ambassadors (with consent and agreements) to see "
                "how the page works."
            ),
            icon=":material/science:",
        )
        if st.button(t("Load the example list"), icon=":material/group_add:"):
            _save(
                lambda: [store.add(r) for r in demo_roster.records()],
                t("The five example ambassadors are in the list."),
            )
    tabs = kept_tabs(
        [t("Care"), t("Ambassadors"), t("From the data"), t("Export and import")],
        state.AMB_TAB,
    )
    with tabs[0]:
        care_section(store, posts)
    with tabs[1]:
        roster_section(store, posts)
    with tabs[2]:
        data_section(store, posts, info)
    with tabs[3]:
        backup_section(store)


def _roster_error(err: RosterError) -> str:
    """What went wrong, in the interface language."""
    values = {"field": "", "file": "", "record": ""} | err.params
    return t(vocab.ROSTER_ERROR.get(err.code, vocab.ROSTER_ERROR["invalid"]), **values)
