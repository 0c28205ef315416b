"""Sections of the Vacancy checklist page."""

from __future__ import annotations

import polars as pl
import streamlit as st

from app import cache, state
from app.components import lang, t, tn
from core import fmt, settings, vocab
from core.ingest.messages import IngestError
from core.vacancy import Result, RuleResult, check
from core.vacancy.batch import check_many, to_xlsx, vacancy_posts
from core.vacancy.highlight import to_html
from core.vacancy.history import History
from core.vacancy.sources import MAX_CHARS, texts

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
        t("Language of the text"), LANGS, format_func=languages.__getitem__, key=state.VACANCY_LANG
    )
    channels = right.multiselect(
        t("Where will you post it?"),
        CHANNELS,
        format_func=places.__getitem__,
        key=state.VACANCY_CHANNELS,
        placeholder=t("Choose one or more channels"),
    )
    return language, channels


def _lang_label(code: str) -> str:
    return t(vocab.VACANCY_LANG[code])


def _channel_label(code: str) -> str:
    return t(vocab.VACANCY_CHANNEL[code])


def paste(language: str, channels: list[str]) -> None:
    name = st.text_input(t("Name of the vacancy (for the history)"), key=state.VACANCY_NAME)
    text = st.text_area(
        t("Vacancy text"),
        height=260,
        max_chars=MAX_CHARS,
        key=state.VACANCY_TEXT,
        placeholder=t("Service engineer\n\nWhat you will do ..."),
    )
    if st.button(t("Check"), type="primary", icon=":material/fact_check:"):
        if not text.strip():
            st.warning(t("Paste a text first."))
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
    left.metric(t("Score"), f"{result.score}/100", border=True)
    right.progress(result.score / 100)
    right.caption(
        t(
            "Language: {language} · {words} words",
            language=t(vocab.VACANCY_LANG[result.lang]) if result.lang in LANGS else result.lang,
            words=fmt.number(result.words, language),
        )
    )
    st.subheader(t("The checklist"))
    for rule in result.results:
        _rule(rule)
    st.subheader(t("The text, with what we found"))
    st.caption(t("Green: this earns points. Orange: this costs points."))
    with st.container(border=True):
        st.markdown(to_html(text, result), unsafe_allow_html=True)


def _rule(rule: RuleResult) -> None:
    icon = {True: ":material/check_circle:", False: ":material/cancel:", None: ":material/help:"}[
        rule.passed
    ]
    points = (
        t("{earned}/{points} points", earned=rule.earned, points=rule.points)
        if rule.passed is not None
        else t("not checked")
    )
    with st.expander(
        f"{icon} **{t(vocab.VACANCY_RULE[rule.id])}** · {points}", expanded=rule.passed is False
    ):
        st.caption(t(vocab.VACANCY_WHY[rule.id]))
        for line in _details(rule):
            st.markdown(f"- {line}")
        if rule.passed is False:
            fix = rule.details.get("fix", rule.id)
            st.markdown("**" + t("How to earn the points") + f":** {t(vocab.VACANCY_FIX[fix])}")


def _items(values) -> str:
    """Words and phrases found in the user's text, shown as text (never Markdown)."""
    return ", ".join(f"'{fmt.plain(v)}'" for v in values)


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
                "Found: {items}.",
                items=_items(d[found_key] + d.get("names", []) + d.get("routes", [])),
            )
        )
    elif found_key and rule.id != "cliches":
        lines.append(t("Nothing found."))
    if d.get("vague"):
        lines.append(t("Vague: {items}.", items=_items(d["vague"])))
    if rule.id == "length":
        lines.append(t("{words} words (300–700 works best).", words=d["words"]))
    if rule.id == "readability" and d.get("score") is not None:
        lines.append(
            t(
                "Readability {score} (60 or higher ≈ B1); {wps} words per sentence on average.",
                score=fmt.number(d["score"], lang(), 1),
                wps=fmt.number(d["words_per_sentence"], lang(), 1),
            )
        )
        if rule.passed is False and d.get("longest"):
            lines.append(
                t("Longest sentences: {items}", items=" / ".join(f"“{s}”" for s in d["longest"]))
            )
    if rule.id == "gendered_language":
        lines.append(
            t(
                "Masculine-coded: {masculine}. Feminine-coded: {feminine}.",
                masculine=_items(d["masculine"]) or "—",
                feminine=_items(d["feminine"]) or "—",
            )
        )
        if d.get("alternatives"):
            lines.append(
                t(
                    "More neutral: {items}.",
                    items=", ".join(f"'{k}' → '{v}'" for k, v in d["alternatives"].items()),
                )
            )
        if not d.get("neutral_title"):
            lines.append(t("The job title lacks (m/v/x)."))
    if rule.id == "channel":
        if rule.passed is None:
            lines.append(t("Choose above where you will post it."))
        else:
            labels = {
                k: ", ".join(_channel_label(c) for c in d[k]) or "—"
                for k in ("personal", "professional")
            }
            lines.append(t("Personal: {personal}. Professional: {professional}.", **labels))
    return lines


def versions(name: str) -> None:
    rows = history().versions(name)
    if len(rows) < 2:
        return
    st.subheader(t("Earlier versions of this vacancy"))
    st.dataframe(
        {
            t("Checked"): [r["checked_at"].replace("T", " ")[:16] for r in rows],
            t("Score"): [r["score"] for r in rows],
            t("Not yet right"): [
                ", ".join(t(vocab.VACANCY_RULE[f]) for f in r["failed"]) for r in rows
            ],
        },
        hide_index=True,
        width="stretch",
    )


def files(language: str, channels: list[str]) -> None:
    st.caption(t("txt, md, html, docx or pdf; or a CSV/Excel file with one vacancy per row."))
    uploads = st.file_uploader(
        t("Files"),
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
    st.caption(
        t(
            "Posts in the active dataset that look like vacancies (vacature, "
            "solliciteer, we're hiring, ...)."
        )
    )
    info = cache.active_dataset()
    if info is None:
        st.info(t("No dataset is active yet. Choose one on the Data page."))
        return
    posts, announcements = vacancy_posts(cache.posts(info))
    posts = posts.head(200)
    if not announcements.is_empty():
        st.info(
            t(
                "Short social posts that announce a vacancy: {count}. They are not "
                "job ads, so the checklist does not score them: paste or upload the "
                "vacancy they point to.",
                count=fmt.number(announcements.height, lang()),
            ),
            icon=":material/campaign:",
        )
    if posts.is_empty():
        st.info(t("No vacancy posts found in the active dataset."))
        return
    wanted = st.session_state.get(state.VACANCY_DATASET, False)
    if not wanted and not st.button(
        tn(
            "Check the {count} vacancy post",
            "Check the {count} vacancy posts",
            posts.height,
            count=fmt.number(posts.height, lang()),
        ),
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
    st.subheader(t("All texts"))
    shown = table.with_columns(
        pl.col("failing")
        .str.split(", ")
        .list.eval(
            pl.element().replace_strict(
                {r: t(vocab.VACANCY_RULE[r]) for r in table.columns[5:]}, default=pl.element()
            )
        )
        .list.join(", ")
    )
    st.dataframe(
        shown.select("name", "score", "words", "failing").rename(
            {
                "name": t("Name"),
                "score": t("Score"),
                "words": t("Posts") if False else "#",
                "failing": t("Not yet right"),
            }
        ),
        hide_index=True,
        width="stretch",
    )
    st.download_button(
        t("Download as Excel"),
        to_xlsx(table),
        "vacancy-check.xlsx",
        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        icon=":material/download:",
        key=f"vacancy.xlsx.{key}",
    )
    names = [name for name, _ in posts]
    picked = st.selectbox(
        t("Choose a post to look at in detail"), names, key=f"{state.VACANCY_PICK}.{key}"
    )
    text = dict(posts)[picked]
    show(text, check(text, language, channels or None))
