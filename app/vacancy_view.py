"""Sections of the Vacancy checklist page."""

from __future__ import annotations

import polars as pl
import streamlit as st

from app import cache, state
from app.components import lang, t
from core import fmt, settings
from core.ingest.messages import IngestError
from core.vacancy import Result, RuleResult, check
from core.vacancy.batch import check_many, to_xlsx, vacancy_posts
from core.vacancy.highlight import to_html
from core.vacancy.history import History
from core.vacancy.sources import texts

LANGS = ("auto", "nl", "en", "fr")
CHANNELS = ("linkedin", "jobboard", "careers_site", "facebook", "instagram", "tiktok")


def history() -> History:
    return History(settings.data_dir() / "vacancies.json")


def options() -> tuple[str, list[str]]:
    """Language and channels, shared by every input."""
    left, right = st.columns([1, 2])
    # Labels are fixed when the widget is drawn, in the language of that moment.
    languages = {code: _lang_label(code) for code in LANGS}
    places = {code: _channel_label(code) for code in CHANNELS}
    language = left.selectbox(
        t("vacancy.lang"), LANGS, format_func=languages.__getitem__, key=state.VACANCY_LANG
    )
    channels = right.multiselect(
        t("vacancy.channels"),
        CHANNELS,
        format_func=places.__getitem__,
        key=state.VACANCY_CHANNELS,
        placeholder=t("vacancy.channels_placeholder"),
    )
    return language, channels


def _lang_label(code: str) -> str:
    return t(f"vacancy.lang.{code}")


def _channel_label(code: str) -> str:
    return t(f"vacancy.channel.{code}")


def paste(language: str, channels: list[str]) -> None:
    name = st.text_input(t("vacancy.name"), key=state.VACANCY_NAME)
    text = st.text_area(
        t("vacancy.text"), height=260, key=state.VACANCY_TEXT, placeholder=t("vacancy.placeholder")
    )
    if st.button(t("vacancy.check"), type="primary", icon=":material/fact_check:"):
        if not text.strip():
            st.warning(t("vacancy.empty"))
            return
        st.session_state[state.VACANCY_RESULT] = (
            name.strip() or text.strip().splitlines()[0][:80],
            text,
            language,
            list(channels),
        )
    stored = st.session_state.get(state.VACANCY_RESULT)
    if stored:
        name, text, language, channels = stored
        result = check(text, language, channels)
        history().add(name, text, result)
        show(text, result)
        versions(name)


def show(text: str, result: Result) -> None:
    """Score, checklist with fixes, and the highlighted text."""
    language = lang()
    left, right = st.columns([1, 3])
    left.metric(t("vacancy.score"), f"{result.score}/100", border=True)
    right.progress(result.score / 100)
    right.caption(
        t(
            "vacancy.detected",
            language=t(f"vacancy.lang.{result.lang}") if result.lang in LANGS else result.lang,
            words=fmt.number(result.words, language),
        )
    )
    st.subheader(t("vacancy.checklist"))
    for rule in result.results:
        _rule(rule)
    st.subheader(t("vacancy.highlighted"))
    st.caption(t("vacancy.legend"))
    with st.container(border=True):
        st.markdown(to_html(text, result), unsafe_allow_html=True)


def _rule(rule: RuleResult) -> None:
    icon = {True: ":material/check_circle:", False: ":material/cancel:", None: ":material/help:"}[
        rule.passed
    ]
    points = (
        t("vacancy.points", earned=rule.earned, points=rule.points)
        if rule.passed is not None
        else t("vacancy.not_checked")
    )
    with st.expander(
        f"{icon} **{t(f'vacancy.rule.{rule.id}')}** · {points}", expanded=rule.passed is False
    ):
        st.caption(t(f"vacancy.why.{rule.id}"))
        for line in _details(rule):
            st.markdown(f"- {line}")
        if rule.passed is False:
            fix = rule.details.get("fix", rule.id)
            st.markdown(f"**{t('vacancy.fix_label')}:** {t(f'vacancy.fix.{fix}')}")


def _items(values) -> str:
    return ", ".join(f"'{v}'" for v in values)


def _details(rule: RuleResult) -> list[str]:
    d, lines = rule.details, []
    found_key = {
        "salary": "amounts",
        "benefits": "benefits",
        "career": "steps",
        "apply": "calls",
        "questions": "contacts",
        "cliches": "cliches",
    }.get(rule.id)
    if found_key and d.get(found_key):
        lines.append(
            t(
                "vacancy.found",
                items=_items(d[found_key] + d.get("names", []) + d.get("routes", [])),
            )
        )
    elif found_key and rule.id != "cliches":
        lines.append(t("vacancy.none_found"))
    if d.get("vague"):
        lines.append(t("vacancy.vague_found", items=_items(d["vague"])))
    if rule.id == "length":
        lines.append(t("vacancy.words", words=d["words"]))
    if rule.id == "readability" and d.get("score") is not None:
        lines.append(
            t(
                "vacancy.readability_score",
                score=fmt.number(d["score"], lang(), 1),
                wps=fmt.number(d["words_per_sentence"], lang(), 1),
            )
        )
        if rule.passed is False and d.get("longest"):
            lines.append(t("vacancy.longest", items=" / ".join(f"“{s}”" for s in d["longest"])))
    if rule.id == "gendered_language":
        lines.append(
            t(
                "vacancy.gender",
                masculine=_items(d["masculine"]) or "—",
                feminine=_items(d["feminine"]) or "—",
            )
        )
        if d.get("alternatives"):
            lines.append(
                t(
                    "vacancy.alternatives",
                    items=", ".join(f"'{k}' → '{v}'" for k, v in d["alternatives"].items()),
                )
            )
        if not d.get("neutral_title"):
            lines.append(t("vacancy.title_marker"))
    if rule.id == "channel":
        if rule.passed is None:
            lines.append(t("vacancy.choose_channels"))
        else:
            labels = {
                k: ", ".join(_channel_label(c) for c in d[k]) or "—"
                for k in ("personal", "professional")
            }
            lines.append(t("vacancy.channels_found", **labels))
    return lines


def versions(name: str) -> None:
    rows = history().versions(name)
    if len(rows) < 2:
        return
    st.subheader(t("vacancy.history"))
    st.dataframe(
        {
            t("vacancy.history_col.when"): [r["checked_at"].replace("T", " ")[:16] for r in rows],
            t("vacancy.history_col.score"): [r["score"] for r in rows],
            t("vacancy.history_col.failing"): [
                ", ".join(t(f"vacancy.rule.{f}") for f in r["failed"]) for r in rows
            ],
        },
        hide_index=True,
        width="stretch",
    )


def files(language: str, channels: list[str]) -> None:
    st.caption(t("vacancy.files_help"))
    uploads = st.file_uploader(
        t("vacancy.tab.files"),
        type=["txt", "md", "html", "htm", "docx", "pdf", "csv", "xlsx"],
        accept_multiple_files=True,
        key=state.VACANCY_FILES,
    )
    posts = []
    for upload in uploads or []:
        try:
            posts += texts(upload.name, upload.getvalue())
        except IngestError as err:
            st.error(err.message.text(lang()))
    if posts:
        batch(posts, language, channels, "files")


def from_dataset(language: str, channels: list[str]) -> None:
    st.caption(t("vacancy.dataset_help"))
    info = cache.active_dataset()
    if info is None:
        st.info(t("error.no_dataset"))
        return
    posts, announcements = vacancy_posts(cache.posts(info))
    posts = posts.head(200)
    if not announcements.is_empty():
        st.info(
            t("vacancy.dataset_social", count=fmt.number(announcements.height, lang())),
            icon=":material/campaign:",
        )
    if posts.is_empty():
        st.info(t("vacancy.dataset_none"))
        return
    wanted = st.session_state.get(state.VACANCY_DATASET, False)
    if not wanted and not st.button(
        t("vacancy.dataset_run", count=fmt.number(posts.height, lang())),
        icon=":material/fact_check:",
    ):
        return
    st.session_state[state.VACANCY_DATASET] = True
    names = [
        f"{p} · {fmt.day(d, lang())} · {(e or '')}"
        for p, d, e in posts.select(
            pl.col("platform").cast(pl.String), "published_at", "employer"
        ).iter_rows()
    ]
    batch(
        list(zip(names, posts.get_column("text").to_list(), strict=True)),
        language,
        channels,
        "dataset",
    )


def batch(posts: list[tuple[str, str]], language: str, channels: list[str], key: str) -> None:
    table = check_many(posts, language, channels or None)
    st.subheader(t("vacancy.batch"))
    shown = table.with_columns(
        pl.col("failing")
        .str.split(", ")
        .list.eval(
            pl.element().replace_strict(
                {r: t(f"vacancy.rule.{r}") for r in table.columns[5:]}, default=pl.element()
            )
        )
        .list.join(", ")
    )
    st.dataframe(
        shown.select("name", "score", "words", "failing").rename(
            {
                "name": t("data.col.name"),
                "score": t("vacancy.score"),
                "words": t("timing.col.posts") if False else "#",
                "failing": t("vacancy.history_col.failing"),
            }
        ),
        hide_index=True,
        width="stretch",
    )
    st.download_button(
        t("vacancy.batch_download"),
        to_xlsx(table),
        "vacancy-check.xlsx",
        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        icon=":material/download:",
        key=f"vacancy.xlsx.{key}",
    )
    names = [name for name, _ in posts]
    picked = st.selectbox(t("vacancy.pick"), names, key=f"{state.VACANCY_PICK}.{key}")
    text = dict(posts)[picked]
    show(text, check(text, language, channels or None))
