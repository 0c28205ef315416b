"""The Data page's upload flow: files in, mapping confirmed, who-is-who, report out."""

from __future__ import annotations

import json
from datetime import date, datetime

import polars as pl
import streamlit as st

from app import cache, state
from app.components import lang, t
from core import fmt, settings
from core.ingest import BrandMap, MappingMemory, Prepared, load, prepare
from core.ingest.brands import BrandStore
from core.ingest.fields import TARGET_NAMES
from core.ingest.report import DatasetReport

TYPES = ["csv", "tsv", "txt", "xlsx", "xls", "json", "ndjson", "jsonl", "js", "parquet"]
ZONES = ("Europe/Amsterdam", "Europe/Brussels", "Europe/London", "UTC")
# Most-used fields first in the mapping form.
FIELD_ORDER = ("published_at", "published_time", "text", "title", "author_handle", "author_name",
               "platform", "url", "post_id", "impressions", "reach", "reactions", "comments",
               "shares", "clicks", "video_views", "followers", "sentiment", "language", "post_type",
               "employer", "author_type", "location", "in_reply_to_id", "thread_id", "rating",
               "pros", "cons", "engagements_total")  # fmt: skip
assert set(FIELD_ORDER) == set(TARGET_NAMES)


def memory() -> MappingMemory:
    return MappingMemory(settings.data_dir() / "mappings.json")


def brand_store() -> BrandStore:
    return BrandStore(settings.data_dir() / "brands.json")


def files(key: str = state.UPLOADS) -> list[tuple[str, bytes]]:
    """The uploader; returns ``(name, bytes)`` for every file in it."""
    uploads = st.file_uploader(
        t("upload.files"), type=TYPES, accept_multiple_files=True, key=key, help=t("upload.help")
    )
    return [(u.name, u.getvalue()) for u in uploads or []]


def timezone(key: str = state.UPLOAD_TZ) -> str:
    default = settings.get("timezone")
    options = list(dict.fromkeys([default, *ZONES]))
    return st.selectbox(t("upload.tz"), options, key=key)


def table_card(item: Prepared, saved_to: MappingMemory) -> None:
    """One table: what we recognised, and the mapping (open when it needs confirming)."""
    table, plan = item.table, item.plan
    with st.container(border=True):
        st.markdown(
            f"**{table.name}** · {table.kind.upper()} · "
            + t("upload.columns_rows", columns=len(table.columns))
        )
        if plan.source == "profile":
            st.caption(
                ":material/check_circle: " + t("upload.format_known", name=plan.profile.name)
            )
        elif plan.source == "saved":
            st.caption(":material/bookmark: " + t("upload.format_saved"))
        else:
            st.warning(t("upload.format_auto"), icon=":material/help:")
        for note in table.notes:
            st.caption(note.text(lang()))
        label = t("upload.mapping") if plan.needs_confirmation else t("upload.adjust")
        with st.expander(label, expanded=plan.needs_confirmation):
            mapping_form(item, saved_to)


def mapping_form(item: Prepared, saved_to: MappingMemory) -> None:
    headers = item.table.columns
    options: list[str | None] = [None, *headers]
    labels = {None: t("upload.none")} | {h: h for h in headers}
    with st.form(key=f"data.form.{item.signature}"):
        st.caption(t("upload.mapping_help"))
        columns = st.columns(3)
        choices = {}
        for i, target in enumerate(FIELD_ORDER):
            current = item.plan.mapping.get(target)
            choices[target] = columns[i % 3].selectbox(
                t(f"field.{target}"),
                options,
                index=options.index(current) if current in options else 0,
                format_func=labels.__getitem__,
                key=f"data.map.{item.signature}.{target}",
            )
        st.caption(t("upload.preview"))
        st.dataframe(item.table.frame.head(5).collect().drop("__row"), hide_index=True)
        if st.form_submit_button(t("upload.confirm"), type="primary"):
            mapping = {target: header for target, header in choices.items() if header}
            if "published_at" not in mapping:
                st.error(t("upload.need_date"))
                return
            saved_to.save(item.signature, headers, mapping)
            st.session_state[state.FLASH] = t("upload.confirmed", name=item.table.name)
            st.rerun()


def brand_editor(store: BrandStore, open_: bool = False) -> BrandMap:
    """Who is who: the own organisation, competitors and employees, kept between uploads."""
    brands = store.load()
    with st.expander(t("brands.title"), expanded=open_ and not brands.own), st.form("data.brands"):
        st.caption(t("brands.help"))
        own = st.text_input(t("brands.own"), value=brands.own or "")
        own_handles = st.text_area(
            t("brands.own_handles"), value="\n".join(brands.own_handles), height=90
        )
        st.markdown(f"**{t('brands.competitors')}**")
        competitors = st.data_editor(
            pl.DataFrame(
                {
                    "name": list(brands.competitors),
                    "handles": [", ".join(h) for h in brands.competitors.values()],
                },
                schema={"name": pl.String, "handles": pl.String},
            ),
            num_rows="dynamic",
            column_config={"name": t("brands.competitor"), "handles": t("brands.handles")},
            key="data.brands.competitors",
            width="stretch",
        )
        st.markdown(f"**{t('brands.employees')}**")
        employees = st.data_editor(
            pl.DataFrame(
                {"handle": list(brands.employees), "employer": list(brands.employees.values())},
                schema={"handle": pl.String, "employer": pl.String},
            ),
            num_rows="dynamic",
            column_config={"handle": t("brands.handle"), "employer": t("brands.employer")},
            key="data.brands.employees",
            width="stretch",
        )
        if st.form_submit_button(t("brands.save")):
            brands = _brands_from_form(
                own, own_handles, pl.DataFrame(competitors), pl.DataFrame(employees)
            )
            store.save(brands)
            st.success(t("brands.saved"))
    return brands


def _split(text: str | None) -> list[str]:
    return [part.strip() for part in (text or "").replace("\n", ",").split(",") if part.strip()]


def _brands_from_form(
    own: str, handles: str, competitors: pl.DataFrame, employees: pl.DataFrame
) -> BrandMap:
    rivals = {
        row["name"].strip(): _split(row["handles"])
        for row in competitors.iter_rows(named=True)
        if row.get("name") and row["name"].strip()
    }
    staff = {
        row["handle"].strip(): (row.get("employer") or own).strip()
        for row in employees.iter_rows(named=True)
        if row.get("handle") and row["handle"].strip()
    }
    return BrandMap(
        own=own.strip() or None, own_handles=_split(handles), competitors=rivals, employees=staff
    )


def load_and_save(
    prepared: list[Prepared], errors: list, tz: str, brands: BrandMap, name: str
) -> None:
    """Load every table, save the result as the active dataset, keep the report to show."""
    with st.spinner(t("upload.loading")):
        posts, report = load(prepared, tz, brands, errors)
    st.session_state[state.REPORT] = report
    if not report.ok:
        return
    store = cache.store()
    info = store.save(
        posts,
        name or t("upload.default_name", date=date.today().isoformat()),
        kind="upload",
        own_employer=brands.own,
        competitors=list(brands.competitors),
        sources=sorted({f.file for f in report.files}),
    )
    store.set_active(info.id)
    cache.clear()
    st.session_state[state.FLASH] = t(
        "upload.saved", name=info.name, rows=fmt.number(info.rows, lang())
    )
    st.rerun()


def report_view(report: DatasetReport) -> None:
    """The validation report of the last load, with downloads."""
    language = lang()
    st.subheader(t("report.title"))
    if not report.ok:
        st.error(t("upload.nothing"), icon=":material/block:")
    for error in report.errors:
        st.error(error.text(language), icon=":material/description:")
    read, loaded, dupes = st.columns(3)
    read.metric(t("report.read"), fmt.number(report.rows_read, language))
    loaded.metric(t("report.loaded"), fmt.number(report.rows_loaded, language))
    dupes.metric(t("report.duplicates"), fmt.number(report.duplicates, language))
    if report.first:
        first, last = (datetime.fromisoformat(v) for v in (report.first, report.last))
        st.markdown(
            f"**{t('report.period')}:** {fmt.day(first, language)} – {fmt.day(last, language)}"
        )
    if report.files:
        st.dataframe(
            {
                t("report.file"): [f.file for f in report.files],
                t("report.format"): [f.format for f in report.files],
                t("report.read"): [fmt.number(f.rows_read, language) for f in report.files],
                t("report.loaded"): [fmt.number(f.rows_loaded, language) for f in report.files],
                t("report.dropped"): [
                    fmt.number(sum(d.count for d in f.dropped), language) for f in report.files
                ],
            },
            hide_index=True,
        )
    for f in report.files:
        lines = [
            t(
                "report.drop_line",
                count=d.count,
                reason=d.reason_text(language),
                rows=", ".join(map(str, d.rows)),
                advice=d.advice(language),
            )
            for d in f.dropped
        ] + [m.text(language) for m in [*f.warnings, *f.notes]]
        if lines:
            st.warning(f"**{f.file}**\n\n" + "\n".join(f"- {line}" for line in lines))
    if report.warnings:
        st.info(
            f"**{t('report.warnings')}**\n\n"
            + "\n".join(f"- {w.text(language)}" for w in report.warnings)
        )
    left, right = st.columns(2)
    left.download_button(
        t("report.download_md"),
        report.to_markdown(language),
        "load-report.md",
        "text/markdown",
        icon=":material/download:",
    )
    right.download_button(
        t("report.download_json"),
        json.dumps(report.messages(language), ensure_ascii=False, indent=2),
        "load-report.json",
        "application/json",
        icon=":material/download:",
    )


def upload_section() -> None:
    """Everything between 'drop files here' and 'saved as the active dataset'."""
    st.subheader(t("upload.title"))
    st.caption(t("upload.help"))
    uploaded = files()
    saved_to = memory()
    prepared, errors = prepare(uploaded, saved_to) if uploaded else ([], [])
    for error in errors:
        st.error(error.text(lang()), icon=":material/description:")
    for item in prepared:
        table_card(item, saved_to)
    brands = brand_editor(brand_store(), open_=bool(prepared))
    if prepared:
        pending = [i.table.name for i in prepared if i.plan.needs_confirmation]
        tz = timezone()
        name = st.text_input(
            t("upload.name"),
            key=state.UPLOAD_NAME,
            placeholder=t("upload.default_name", date=date.today().isoformat()),
        )
        if pending:
            st.info(t("upload.waiting", names=", ".join(pending)), icon=":material/pending:")
        if st.button(
            t("upload.load"), type="primary", disabled=bool(pending), icon=":material/upload:"
        ):
            load_and_save(prepared, errors, tz, brands, name)
    report = st.session_state.get(state.REPORT)
    if report is not None:
        report_view(report)
