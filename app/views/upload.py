"""The Data page's upload flow: files in, what was recognised and left unused, preview, load.

Every table gets a card that says how it was read (a known format, a saved mapping, or header
matching), lists every column it does not use with a one-click choice for each, and previews
the first rows as they will load. The full mapping form opens by itself when something that
matters is missing or uncertain. Loading saves the dataset; who is who is then set per dataset
(:mod:`app.views.whoiswho`).
"""

from __future__ import annotations

import json
from datetime import date, datetime

import polars as pl
import streamlit as st

from app import cache, state
from app.components import lang, t, tn
from core import fmt, settings, vocab
from core.ingest import MappingMemory, Prepared, load_all, prepare, preview
from core.ingest.fields import TARGET_NAMES
from core.ingest.report import DatasetReport

TYPES = ["csv", "tsv", "txt", "xlsx", "xls", "json", "ndjson", "jsonl", "js", "parquet", "zip"]
ZONES = ("Europe/Amsterdam", "Europe/Brussels", "Europe/London", "UTC")
# Most-used fields first in the mapping form.
FIELD_ORDER = ("published_at", "published_time", "text", "title", "author_handle", "author_name",
               "platform", "url", "post_id", "impressions", "reach", "reactions", "comments",
               "shares", "clicks", "video_views", "followers", "sentiment", "language", "post_type",
               "employer", "author_type", "location", "in_reply_to_id", "thread_id", "rating",
               "pros", "cons", "engagements_total")  # fmt: skip
assert set(FIELD_ORDER) == set(TARGET_NAMES)
PREVIEW_METRICS = ("impressions", "reach", "reactions", "comments", "shares", "clicks")


def memory() -> MappingMemory:
    return MappingMemory(settings.data_dir() / "mappings.json")


def files(key: str = state.UPLOADS) -> list[tuple[str, bytes]]:
    """The uploader; returns ``(name, bytes)`` for every file in it.

    After a successful load the uploader starts empty (a fresh key), so the loaded files do not
    stay on the page as if they were waiting.
    """
    round_ = st.session_state.get(state.UPLOAD_ROUND, 0)
    uploads = st.file_uploader(
        t("Files"),
        type=TYPES,
        accept_multiple_files=True,
        key=key if not round_ else f"{key}.{round_}",
        help=t(
            "Drop the files you export from LinkedIn, Meta, X, TikTok, your "
            "listening tool (Coosto, OBI4wan, Brandwatch, Meltwater, ...) or a "
            "review site: CSV, Excel, JSON, Parquet or the whole ZIP archive. "
            "Several files become one dataset."
        ),
    )
    return [(u.name, u.getvalue()) for u in uploads or []]


def timezone(key: str = state.UPLOAD_TZ) -> str:
    default = settings.get("timezone")
    options = list(dict.fromkeys([default, *ZONES]))
    return st.selectbox(t("Time zone for times without one"), options, key=key)


def _how_read(item: Prepared) -> None:
    plan, language = item.plan, lang()
    if plan.kind == "visits":
        st.caption(
            ":material/query_stats: "
            + t(
                "Web analytics of the careers site ({report}), not posts: visits and "
                "applications per channel, shown on the Impact page. No mapping needed.",
                report=t(vocab.VISIT_REPORT[plan.visits.report]),
            )
        )
        return
    if plan.kind == "days":
        st.caption(
            ":material/calendar_month: "
            + t(
                "Account figures per day ({columns} series), not posts: they go to "
                "the account figures.",
                columns=len(plan.figures),
            )
        )
    if plan.named:
        st.caption(
            ":material/check_circle: "
            + t("Recognised format: **{name}**", name=t(plan.profile.name))
        )
    elif plan.source == "saved":
        st.caption(
            ":material/bookmark: " + t("Saved mapping from an earlier file with the same columns")
        )
    elif plan.profile is not None and plan.kind == "posts":
        share = fmt.percent(plan.format_confidence, language, 0)
        st.caption(
            ":material/rule: "
            + t(
                "Resembles **{name}**, but that format knows only {share} of the "
                "columns: every column was matched by name.",
                name=t(plan.profile.name),
                share=share,
            )
        )
    elif plan.kind == "posts":
        st.caption(
            ":material/auto_fix_high: "
            + t("No known format: the columns were matched by name (Dutch and English).")
        )
    for note in item.table.notes:
        st.caption(note.shown(language))
    if plan.concerns:
        items = "\n".join(f"- {t(vocab.CONCERN[c])}" for c in plan.concerns)
        st.warning(t("Please check the mapping:") + "\n\n" + items, icon=":material/help:")


def table_card(item: Prepared, saved_to: MappingMemory, tz: str) -> None:
    """One table: how it was read, what it leaves unused, a preview, and the mapping."""
    table, plan = item.table, item.plan
    with st.container(border=True):
        st.markdown(
            f"**{fmt.plain(table.name)}** · {table.kind.upper()} · "
            + t("{columns} columns", columns=len(table.columns))
        )
        _how_read(item)
        if plan.kind == "posts":
            _zone_choice(item, tz)
        unused_columns(item, saved_to)
        preview_table(item, tz)
        if plan.kind == "posts":
            label = t("Column mapping") if plan.needs_confirmation else t("Adjust the mapping")
            open_ = plan.needs_confirmation or not plan.usable
            with st.expander(label, expanded=open_):
                mapping_form(item, saved_to)


def _zone_choice(item: Prepared, tz: str) -> None:
    """Which zone this file's times are read in, and why; one choice away from another."""
    plan = item.plan
    key = f"{state.UPLOAD_TZ}.{item.table.name}"
    stated = plan.zone if plan.zone_source in ("format", "header") else None
    if stated:
        why = t(vocab.ZONE_SOURCE[plan.zone_source])
        detected = t("As the file says: {zone} ({why})", zone=stated, why=why)
    else:
        detected = t("As detected: offsets in the times, else {zone}", zone=tz)
    options = [detected, *dict.fromkeys([*ZONES, tz])]
    choice = st.selectbox(
        t("Time zone of this file's times"),
        options,
        key=key,
        help=t(
            "Times that carry their own offset (Z, +02:00, UTC) keep it. Where the posts' ids "
            "prove another zone (X and TikTok ids carry the moment of posting), the load "
            "report says so."
        ),
    )
    if choice and choice != detected:
        plan.zone, plan.zone_source = choice, "user"


def _unused(item: Prepared) -> tuple[list[str], list[str]]:
    """Columns not used: the ones that may matter, and the ones the format knows it skips."""
    used = item.plan.used()
    free = [c for c in item.table.columns if c not in used]
    known = [c for c in free if c in item.plan.ignored]
    return [c for c in free if c not in known], known


def unused_columns(item: Prepared, saved_to: MappingMemory) -> None:
    """Every column not used, in words, with a one-click choice of what it is."""
    if item.plan.kind in ("days", "visits"):
        return
    free, known = _unused(item)
    language = lang()
    if free:
        st.markdown(
            ":material/visibility_off: "
            + t("{columns}: not used.", columns=fmt.listing([fmt.plain(c) for c in free], language))
        )
        _choices(item, saved_to, free)
    if known:
        with st.expander(
            tn(
                "{count} column this format has and does not need",
                "{count} columns this format has and does not need",
                len(known),
                count=len(known),
            )
        ):
            st.caption(fmt.listing([fmt.plain(c) for c in known], language))
            _choices(item, saved_to, known)


def _choices(item: Prepared, saved_to: MappingMemory, columns: list[str]) -> None:
    targets = [None, *FIELD_ORDER]
    labels = {None: t("do not use")} | {f: t(vocab.FIELD[f]) for f in FIELD_ORDER}
    cells = st.columns(3)
    for i, column in enumerate(columns):
        cells[i % 3].selectbox(
            t("Use «{column}» as", column=column),
            targets,
            format_func=labels.__getitem__,
            key=f"data.use.{item.signature}.{column}",
            on_change=_use_column,
            args=(item, saved_to, column),
        )


def _use_column(item: Prepared, saved_to: MappingMemory, column: str) -> None:
    """Map an unused column to the chosen field and remember it, as a confirmed mapping."""
    target = st.session_state.get(f"data.use.{item.signature}.{column}")
    if not target:
        return
    mapping = {k: v for k, v in item.plan.mapping.items() if k != target} | {target: column}
    saved_to.save(item.signature, item.table.columns, mapping)
    st.session_state[state.FLASH] = t(
        "«{column}» is now used as {field}.", column=column, field=t(vocab.FIELD[target])
    )


def preview_table(item: Prepared, tz: str) -> None:
    """The first rows as they will load, in the interface's number and date formats."""
    try:
        rows = preview(item, tz)
    except Exception:  # a preview must never take the page down; the load reports the cause
        st.caption(t("No preview possible; the report after loading says why."))
        return
    if rows.is_empty():
        return
    language = lang()
    st.caption(t("This is how the first rows will load:"))
    if item.plan.kind == "visits":
        _visits_preview(rows, language)
        return
    if item.plan.kind == "days":
        wide = rows.pivot(on="metric", index="date", values="value", aggregate_function="first")
        shown = {t("Day"): [fmt.day(d, language) for d in wide["date"]]}
        for metric in wide.columns[1:8]:
            label = t(vocab.METRIC[metric]) if metric in vocab.METRIC else metric
            shown[label] = [fmt.number(v, language, 2 if v and v < 1 else 0) for v in wide[metric]]
        st.dataframe(shown, hide_index=True)
        if len(wide.columns) > 8:
            st.caption(t("… and {count} more series.", count=len(wide.columns) - 8))
        return
    local = rows.get_column("published_at").dt.convert_time_zone(tz)
    shown = {
        t("Date (and time) *").rstrip(" *"): [fmt.moment(v, language) for v in local],
        t("Platform / channel"): [t(vocab.PLATFORM[p]) for p in rows["platform"]],
        t("Author"): rows.select(pl.coalesce("author_handle", "author_name")).to_series().to_list(),
        t("Employer"): rows["employer"].to_list(),
        t("Text"): [(x or "")[:90] for x in rows["text"]],
    }
    for metric in PREVIEW_METRICS:
        if rows[metric].is_not_null().any():
            shown[t(vocab.FIELD[metric])] = [fmt.number(v, language) for v in rows[metric]]
    st.dataframe(shown, hide_index=True)


def _visits_preview(rows: pl.DataFrame, language: str) -> None:
    def text(values) -> list[str]:
        return [v or "—" for v in values]

    shown = {
        t("Day"): [fmt.day(d, language) if d else "—" for d in rows["date"]],
        t("Channel"): [t(vocab.CHANNEL[c]) if c in vocab.CHANNEL else "—" for c in rows["channel"]],
        t("Source / medium"): [
            " / ".join(p for p in (s, m) if p) or "—"
            for s, m in rows.select("source", "medium").iter_rows()
        ],
        t("Campaign"): text(rows["campaign"]),
        t("Landing page"): text(rows["landing_page"]),
        t("Visits"): [fmt.number(v, language) for v in rows["sessions"]],
        t("Applications"): [
            fmt.number(v, language) if v is not None else "—" for v in rows["key_events"]
        ],
    }
    st.dataframe({k: v for k, v in shown.items() if set(v) != {"—"}}, hide_index=True)


def mapping_form(item: Prepared, saved_to: MappingMemory) -> None:
    headers = item.table.columns
    options: list[str | None] = [None, *headers]
    labels = {None: t("— none —")} | {h: h for h in headers}
    with st.form(key=f"data.form.{item.signature}"):
        st.caption(
            t(
                "Choose the column of your file for each field. Only the date is "
                "required. The mapping is remembered for the next files with the "
                "same columns."
            )
        )
        columns = st.columns(3)
        choices = {}
        for i, target in enumerate(FIELD_ORDER):
            current = item.plan.mapping.get(target)
            choices[target] = columns[i % 3].selectbox(
                t(vocab.FIELD[target]),
                options,
                index=options.index(current) if current in options else 0,
                format_func=labels.__getitem__,
                key=f"data.map.{item.signature}.{target}",
            )
        st.caption(t("First rows of the file"))
        st.dataframe(item.table.frame.head(5).collect().drop("__row"), hide_index=True)
        if st.form_submit_button(t("Confirm mapping"), type="primary"):
            mapping = {target: header for target, header in choices.items() if header}
            if "published_at" not in mapping:
                st.error(
                    t(
                        "Choose the column with the publication date; no post can be read "
                        "without a date."
                    )
                )
                return
            saved_to.save(item.signature, headers, mapping)
            st.session_state[state.FLASH] = t(
                "Mapping saved for {name}.", name=fmt.plain(item.table.name)
            )
            st.rerun()


def load_and_save(prepared: list[Prepared], errors: list, tz: str, name: str) -> None:
    """Load every table, save the result as the active dataset, keep the report to show."""
    with st.spinner(t("Reading the files…")):
        loaded = load_all(prepared, tz, None, errors)
    report = loaded.report
    st.session_state[state.REPORT] = report
    if not report.ok:
        return
    store = cache.store()
    info = store.save(
        loaded.posts,
        name or t("Upload {date}", date=date.today().isoformat()),
        kind="upload",
        sources=sorted({f.file for f in report.files}),
        days=loaded.days,
        visits=loaded.visits,
    )
    store.set_active(info.id)
    cache.clear()
    st.session_state[state.UPLOAD_ROUND] = st.session_state.get(state.UPLOAD_ROUND, 0) + 1
    st.session_state[state.FLASH] = tn(
        "**{name}** is saved and active: {rows} post. Say who is who below.",
        "**{name}** is saved and active: {rows} posts. Say who is who below.",
        info.rows,
        name=fmt.plain(info.name),
        rows=fmt.number(info.rows, lang()),
    )
    st.rerun()


def report_view(report: DatasetReport) -> None:
    """The validation report of the last load, with downloads."""
    language = lang()
    st.subheader(t("Report of the last upload"))
    if not report.ok:
        st.error(
            t("Nothing could be loaded. The reasons are below; nothing was saved."),
            icon=":material/block:",
        )
    for error in report.errors:
        st.error(error.shown(language), icon=":material/description:")
    read, loaded, dupes, days = st.columns(4)
    read.metric(t("Rows read"), fmt.number(report.rows_read, language))
    loaded.metric(t("Rows loaded"), fmt.number(report.rows_loaded, language))
    dupes.metric(t("Duplicates removed"), fmt.number(report.duplicates, language))
    days.metric(
        t("Days of account figures"), fmt.number(report.account_days.get("days", 0), language)
    )
    if report.visits.get("rows"):
        st.caption(
            ":material/query_stats: "
            + t(
                "{rows} rows of careers-site visits (not posts)",
                rows=fmt.number(report.visits["rows"], language),
            )
        )
    if report.first:
        first, last = (datetime.fromisoformat(v) for v in (report.first, report.last))
        st.markdown(
            "**" + t("Period") + f":** {fmt.day(first, language)} – {fmt.day(last, language)}"
        )
    if report.files:
        st.dataframe(_files_table(report, language), hide_index=True)
    for f in report.files:
        lines = [
            t(
                "{count} × {reason} (e.g. rows {rows}). {advice}",
                count=d.count,
                reason=d.reason_text(language),
                rows=", ".join(map(str, d.rows)),
                advice=d.advice(language),
            )
            for d in f.dropped
        ] + [m.shown(language) for m in [*f.warnings, *f.notes]]
        if lines:
            st.warning(f"**{fmt.plain(f.file)}**\n\n" + "\n".join(f"- {line}" for line in lines))
    if report.skipped:
        with st.expander(
            tn(
                "{count} file from archives not read (why)",
                "{count} files from archives not read (why, per file)",
                len(report.skipped),
                count=len(report.skipped),
            )
        ):
            st.markdown("\n".join(f"- {s.message().shown(language)}" for s in report.skipped))
    if report.warnings:
        st.info(
            ("**" + t("Good to know") + "**\n\n")
            + "\n".join(f"- {w.shown(language)}" for w in report.warnings)
        )
    _downloads(report, language)


def _files_table(report: DatasetReport, language: str) -> dict:
    return {
        t("File"): [f.file for f in report.files],
        t("Format"): [_format(f.format) for f in report.files],
        t("Rows read"): [fmt.number(f.rows_read, language) for f in report.files],
        t("Rows loaded"): [fmt.number(f.rows_loaded, language) for f in report.files],
        t("Account figures"): [fmt.number(f.account_days, language) for f in report.files],
        t("Dropped"): [fmt.number(sum(d.count for d in f.dropped), language) for f in report.files],
        t("Time zone"): [f.zone_text(language) if f.zone else "" for f in report.files],
        t("Not used"): [fmt.listing(f.unused_text, language) for f in report.files],
    }


def _format(name: str) -> str:
    """The format's name (marked in core.ingest.formats), or the way of mapping."""
    ways = {"automatic mapping": "auto", "saved mapping": "saved", "confirmed mapping": "user"}
    return t(vocab.REPORT_WAY[ways[name]]) if name in ways else t(name)


def _downloads(report: DatasetReport, language: str) -> None:
    left, right = st.columns(2)
    left.download_button(
        t("Download report (Markdown)"),
        report.to_markdown(language),
        "load-report.md",
        "text/markdown",
        icon=":material/download:",
    )
    right.download_button(
        t("Download report (JSON)"),
        json.dumps(report.messages(language), ensure_ascii=False, indent=2),
        "load-report.json",
        "application/json",
        icon=":material/download:",
    )


def upload_section() -> None:
    """Everything between 'drop files here' and 'saved as the active dataset'."""
    st.subheader(t("Upload exports"))
    st.caption(
        t(
            "Drop the files you export from LinkedIn, Meta, X, TikTok, your "
            "listening tool (Coosto, OBI4wan, Brandwatch, Meltwater, ...) or a "
            "review site: CSV, Excel, JSON, Parquet or the whole ZIP archive. "
            "Several files become one dataset."
        )
    )
    uploaded = files()
    saved_to = memory()
    prepared, errors = ([], [])
    if uploaded:  # each file read once, not on every rerun of the page
        prepared, errors = prepare(uploaded, saved_to, reader=cache.read_upload)
    for error in errors:
        st.error(error.shown(lang()), icon=":material/description:")
    if prepared:
        tz = timezone()
        for item in prepared:
            table_card(item, saved_to, tz)
        name = st.text_input(
            t("Name of the dataset"),
            key=state.UPLOAD_NAME,
            placeholder=t("Upload {date}", date=date.today().isoformat()),
        )
        unusable = [i.table.name for i in prepared if not i.plan.usable]
        if unusable:
            st.info(
                t(
                    "Not loaded without a date column: {names}. Choose the date in the mapping.",
                    names=", ".join(fmt.plain(n) for n in unusable),
                ),
                icon=":material/pending:",
            )
        if st.button(
            t("Load and save as the active dataset"),
            type="primary",
            disabled=len(unusable) == len(prepared),
            icon=":material/upload:",
        ):
            load_and_save(prepared, errors, tz, name)
    report = st.session_state.get(state.REPORT)
    if report is not None:
        report_view(report)
