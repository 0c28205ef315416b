"""Sections of the Ambassadors page: care, the roster, candidates and fans, backup."""

from __future__ import annotations

from datetime import date

import polars as pl
import streamlit as st

from app import cache, state, themes_data
from app.components import flash, kept_tabs, lang, roster, t
from core import charts, fmt, settings
from core.ambassadors import care, demo_roster, discover
from core.ambassadors.roster import STATUSES, Roster, RosterError, display_name, tracked
from core.datasets import DatasetInfo


def as_of(posts: pl.DataFrame) -> date:
    """Activity is judged up to today, or up to the end of the data when that is earlier."""
    end = posts.get_column("published_at").max()
    return min(date.today(), end.date()) if end else date.today()


def care_section(store: Roster, posts: pl.DataFrame) -> None:
    people = store.all()
    until = as_of(posts)
    st.caption(t("amb.care_help", date=fmt.day(until, lang())))
    names = {p["id"]: display_name(p, t("amb.pseudo.ambassador")) for p in people}
    signals = care.checkins_due(people, date.today())
    for person in people:
        if person["status"] in ("active", "paused"):
            signals += care.strain(posts.lazy(), person, until, settings.get("timezone"))
            signals += care.thank_you(posts.lazy(), person, until)
    if not signals:
        st.success(t("amb.care_none"), icon=":material/sentiment_satisfied:")
    for signal in signals:
        values = {
            k: fmt.percent(v, lang(), 0) if k == "share" else v for k, v in signal.values.items()
        }
        values["due"] = (
            fmt.day(date.fromisoformat(values["due"]), lang()) if "due" in values else None
        )
        text = t(
            f"amb.signal.{signal.code}",
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
    if not people:
        st.info(t("amb.roster_empty"))
    else:
        st.dataframe(
            {
                t("amb.col.name"): [display_name(p, t("amb.pseudo.ambassador")) for p in people],
                t("amb.col.status"): [t(f"amb.status.{p['status']}") for p in people],
                t("amb.col.role"): [p.get("role") or "" for p in people],
                t("amb.col.consent"): [
                    fmt.day(date.fromisoformat(p["consent_date"]), lang())
                    if p.get("consent_date")
                    else "—"
                    for p in people
                ],
                t("amb.col.last_checkin"): [
                    fmt.day(date.fromisoformat(max(c["date"] for c in p["checkins"])), lang())
                    if p["checkins"]
                    else "—"
                    for p in people
                ],
                t("amb.col.monitor"): [p.get("monitor") or "—" for p in people],
            },
            hide_index=True,
            width="stretch",
        )
        labels = {p["id"]: display_name(p, t("amb.pseudo.ambassador")) for p in people}
        ident = st.selectbox(
            t("amb.pick"), list(labels), format_func=labels.__getitem__, key=state.AMB_PICK
        )
        detail(store, store.get(ident), posts)
    with st.expander(t("amb.new")), st.form("amb.new"):
        name = st.text_input(t("amb.f.name"))
        handles = st.text_area(t("amb.f.handles"), height=70)
        if st.form_submit_button(t("amb.add")):
            _save(
                lambda: store.add({"name": name, "handles": _handles(handles)}),
                t("amb.added", name=name),
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
        st.error(t("amb.invalid", error=str(err)))
        return
    st.session_state[state.FLASH] = message
    st.rerun()


def detail(store: Roster, person: dict, posts: pl.DataFrame) -> None:
    key = person["id"]
    with st.expander(t("amb.profile"), expanded=False), st.form(f"amb.profile.{key}"):
        a, b, c = st.columns(3)
        name = a.text_input(t("amb.f.name"), person["name"])
        role = b.text_input(t("amb.f.role"), person.get("role") or "")
        department = c.text_input(t("amb.f.department"), person.get("department") or "")
        handles = st.text_area(
            t("amb.f.handles"),
            "\n".join(
                f"{h.get('platform') or ''}:{h['handle']}".lstrip(":") for h in person["handles"]
            ),
            height=70,
        )
        a, b, c = st.columns(3)
        status = a.selectbox(
            t("amb.f.status"),
            STATUSES,
            index=STATUSES.index(person["status"]),
            format_func={s: t(f"amb.status.{s}") for s in STATUSES}.__getitem__,
        )
        consented = b.checkbox(t("amb.f.has_consent"), value=tracked(person))
        consent = c.date_input(
            t("amb.f.consent"),
            value=date.fromisoformat(person["consent_date"])
            if person.get("consent_date")
            else date.today(),
            format="DD-MM-YYYY",
        )
        scope = st.text_input(t("amb.f.scope"), ", ".join(person.get("consent_scope", [])))
        a, b, c = st.columns(3)
        hours = a.number_input(
            t("amb.f.max_hours"),
            min_value=0.0,
            max_value=40.0,
            value=float(person.get("max_hours_week") or 0),
            step=0.5,
        )
        window = person.get("online_window") or {"from": 8, "until": 20}
        span = b.slider(t("amb.f.window"), 0, 24, (window["from"], window["until"]))
        agreed = c.checkbox(t("amb.f.window_agreed"), value=person.get("online_window") is not None)
        weekends = c.checkbox(t("amb.f.weekends"), value=person.get("weekends", False))
        compensation = st.text_input(t("amb.f.compensation"), person.get("compensation") or "")
        a, b = st.columns(2)
        training = a.text_input(t("amb.f.training"), ", ".join(person.get("training", [])))
        materials = b.text_input(t("amb.f.materials"), ", ".join(person.get("materials", [])))
        a, b = st.columns(2)
        monitor = a.text_input(t("amb.f.monitor"), person.get("monitor") or "")
        interval = b.number_input(
            t("amb.f.interval"),
            min_value=7,
            max_value=365,
            value=int(person.get("checkin_days", 42)),
        )
        notes = st.text_area(t("amb.f.notes"), person.get("notes") or "", height=70)
        if st.form_submit_button(t("amb.save"), type="primary"):
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
            _save(lambda: store.update(key, changes), t("amb.saved"))
    left, right = st.columns(2)
    with left, st.form(f"amb.checkin.{key}", clear_on_submit=True):
        st.markdown(f"**{t('amb.checkin')}**")
        when = st.date_input(t("amb.c.date"), value=date.today(), format="DD-MM-YYYY")
        how = st.text_input(t("amb.c.how"))
        hard = st.text_input(t("amb.c.hard"))
        needs = st.text_input(t("amb.c.needs"))
        fits = st.radio(
            t("amb.c.fits"),
            ["yes", "no"],
            horizontal=True,
            format_func={"yes": t("amb.c.yes"), "no": t("amb.c.no")}.__getitem__,
        )
        if st.form_submit_button(t("amb.c.log")):
            entry = {
                "date": when.isoformat(),
                "how": how,
                "hard": hard,
                "needs": needs,
                "fits_hours": fits == "yes",
            }
            _save(lambda: store.log_checkin(key, entry), t("amb.saved"))
    with right, st.form(f"amb.thanks.{key}", clear_on_submit=True):
        st.markdown(f"**{t('amb.thanks')}**")
        when = st.date_input(
            t("amb.c.date"), value=date.today(), format="DD-MM-YYYY", key=f"amb.thanks.date.{key}"
        )
        what = st.text_input(t("amb.t.what"))
        by = st.text_input(t("amb.t.by"))
        if st.form_submit_button(t("amb.t.log")):
            _save(
                lambda: store.log_appreciation(
                    key, {"date": when.isoformat(), "what": what, "by": by}
                ),
                t("amb.saved"),
            )
    symbol = {"fits": "✓", "does_not_fit": "⚠", "unknown": "•"}
    log = []
    for c in person["checkins"]:
        mark, said = care.checkin_line(c)
        note = t("amb.c.not_fitting") if mark == "does_not_fit" else ""
        log.append((c["date"], " ".join(x for x in (symbol[mark], note, said) if x)))
    log += [
        (a["date"], "♥ " + " · ".join(x for x in (a.get("what"), a.get("by")) if x))
        for a in person["appreciation"]
    ]
    if log:
        st.markdown(f"**{t('amb.history')}**")
        for when, text in sorted(log, reverse=True)[:12]:
            st.caption(f"{fmt.day(date.fromisoformat(when), lang())} — {text}")
    activity(person, posts)


def activity(person: dict, posts: pl.DataFrame) -> None:
    st.markdown(f"**{t('amb.activity')}**")
    if not tracked(person):
        st.info(t("amb.no_consent"), icon=":material/lock:")
        return
    stats = discover.activity(posts.lazy(), person, settings.get("timezone"))
    if not stats["posts"]:
        st.caption(t("amb.none_found"))
        return
    language = lang()
    cells = [
        ("amb.a.posts", fmt.number(stats["posts"], language)),
        ("amb.a.reach", fmt.number(stats["reach"], language)),
        ("amb.a.engagement", fmt.number(stats["engagement"], language, 1)),
        ("amb.a.positive", fmt.percent(stats["positive"], language, 0)),
    ]
    for col, (k, v) in zip(st.columns(4), cells, strict=True):
        col.metric(t(k), v, border=True)
    if stats["topics"]:
        st.caption(t("amb.a.topics", topics=", ".join(t(f"category.{c}") for c in stats["topics"])))
    hours = stats["hours"].with_columns(
        pl.format("{}:00", pl.col("hour").cast(pl.String).str.zfill(2)).alias("label")
    )
    st.altair_chart(
        charts.bar(hours, "label", "len", (t("chart.hour"), t("chart.posts")), language),
        width="stretch",
    )


def _words() -> dict[str, str]:
    return {w: t(f"amb.pseudo.{w}") for w in ("employee", "person", "fan")}


def _themes_column(posts: pl.DataFrame, info: DatasetInfo, keys: list[str]) -> dict:
    """Their main themes, once the Themes page has found the dataset's themes."""
    themed = themes_data.with_themes(info)
    if themed is None:
        return {}
    found = discover.top_themes(themed, keys)
    return {t("amb.col.themes"): [found.get(k, "") for k in keys]}


def data_section(store: Roster, posts: pl.DataFrame, info: DatasetInfo) -> None:
    people = store.all()
    st.subheader(t("amb.candidates"))
    st.caption(t("amb.candidates_help"))
    found = discover.candidates(posts.lazy(), info.own_employer, people, words=_words())
    language = lang()
    if found.is_empty():
        st.info(t("amb.none_found"))
    else:
        st.dataframe(
            {
                t("amb.col.name"): found.get_column("label").to_list(),
                t("amb.col.kind"): [t(f"amb.kind.{k}") for k in found.get_column("kind")],
                t("amb.col.posts"): [fmt.number(v, language) for v in found.get_column("posts")],
                t("amb.col.positive"): [
                    fmt.percent(v, language, 0) for v in found.get_column("positive")
                ],
                t("amb.col.reach"): [fmt.number(v, language) for v in found.get_column("reach")],
                t("amb.col.topics"): [
                    ", ".join(t(f"category.{c}") for c in (v or "").split(", ") if c)
                    for v in found.get_column("topics")
                ],
                **_themes_column(posts, info, found.get_column("key").to_list()),
            },
            hide_index=True,
            width="stretch",
        )
        for row in found.filter(~pl.col("in_roster")).head(8).iter_rows(named=True):
            if st.button(
                t("amb.add_candidate", label=row["label"]),
                key=f"amb.add.{row['key']}",
                icon=":material/person_add:",
            ):
                record = {
                    "name": row["label"],
                    "handles": [{"platform": None, "handle": "@" + row["key"]}],
                    "status": "candidate",
                }
                _save(lambda record=record: store.add(record), t("amb.added", name=row["label"]))
    st.subheader(t("amb.fans"))
    st.caption(t("amb.fans_help"))
    crowd = discover.fans(posts.lazy(), info.own_employer, people, words=_words())
    if crowd.is_empty():
        st.info(t("amb.none_found"))
        return
    st.dataframe(
        {
            t("amb.col.name"): crowd.get_column("label").to_list(),
            t("amb.col.interactions"): [
                fmt.number(v, language) for v in crowd.get_column("interactions")
            ],
            t("amb.col.shares"): [fmt.number(v, language) for v in crowd.get_column("shares")],
        },
        hide_index=True,
        width="stretch",
    )


def backup_section(store: Roster) -> None:
    left, right = st.columns(2)
    left.download_button(
        t("amb.export"),
        store.export_json(private=True),
        "ambassadors.json",
        "application/json",
        icon=":material/download:",
    )
    right.download_button(
        t("amb.backup"),
        store.export_json(),
        "ambassadors-backup.json",
        "application/json",
        icon=":material/backup:",
    )
    upload = st.file_uploader(t("amb.import"), type=["json"], key=state.AMB_IMPORT)
    if upload is not None and st.button(t("amb.import_button")):
        try:
            count = store.import_json(upload.getvalue())
        except RosterError as err:
            st.error(t("amb.import_failed", error=str(err)))
            return
        st.session_state[state.FLASH] = t("amb.imported", count=count)
        st.rerun()


def page(info: DatasetInfo) -> None:
    store = roster(info)
    posts = cache.posts(info)
    flash()
    if info.kind == "demo" and not store.all():
        st.info(t("amb.demo_hint"), icon=":material/science:")
        if st.button(t("amb.demo_load"), icon=":material/group_add:"):
            _save(lambda: [store.add(r) for r in demo_roster.records()], t("amb.demo_loaded"))
    tabs = kept_tabs(
        [t("amb.tab.care"), t("amb.tab.roster"), t("amb.tab.data"), t("amb.tab.backup")],
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
