"""Every UI string, in Dutch and English, in one table.

``TEXTS[key] = (dutch, english)``. Use :func:`t` to look a key up; placeholders use
``str.format`` names. A test checks that every key has both languages and that both use the
same placeholders.
"""

from __future__ import annotations

import logging
import string

LANGUAGES: tuple[str, ...] = ("nl", "en")
LANGUAGE_NAMES = {"nl": "Nederlands", "en": "English"}

_log = logging.getLogger(__name__)

TEXTS: dict[str, tuple[str, str]] = {
    # --- shell -----------------------------------------------------------------------------
    "app.title": ("Employer Radar", "Employer Radar"),
    "app.tagline": (
        "Employer branding op sociale media: wat wordt er gezegd, wanneer, door wie — en wat "
        "doen we eraan.",
        "Employer branding on social media: what is said, when, by whom — and what we do about it.",
    ),
    "sidebar.language": ("Taal", "Language"),
    "sidebar.dataset": ("Actieve dataset", "Active dataset"),
    "sidebar.dataset_line": (
        "{posts} berichten · {start} – {end}",
        "{posts} posts · {start} – {end}",
    ),
    "sidebar.no_dataset": ("Geen dataset geladen.", "No dataset loaded."),
    "sidebar.privacy": (
        "Je data blijft op deze computer. Er wordt niets verstuurd.",
        "Your data stays on this computer. Nothing is sent anywhere.",
    ),
    "nav.section.overview": ("Overzicht", "Overview"),
    "nav.section.insights": ("Inzichten", "Insights"),
    "nav.section.tools": ("Hulpmiddelen", "Tools"),
    "nav.home": ("Start", "Home"),
    "nav.data": ("Data", "Data"),
    "nav.themes": ("Thema's", "Themes"),
    "nav.timing": ("Timing publiek", "Audience timing"),
    "nav.competitors": ("Concurrenten", "Competitors"),
    "nav.ambassadors": ("Ambassadeurs", "Ambassadors"),
    "nav.vacancy": ("Vacaturecheck", "Vacancy checklist"),
    "nav.listening": ("Luisteren", "Listening"),
    # What each page answers: used on Home and on pages that are not built yet.
    "question.data": (
        "Welke bestanden zitten erin, en wat is er goed ingelezen?",
        "Which files are in, and what was read correctly?",
    ),
    "question.themes": (
        "Waar gaan de berichten over, bij ons en bij de concurrent?",
        "What are posts about, for us and for the competitors?",
    ),
    "question.timing": (
        "Wanneer is ons publiek online, en wanneer moeten we posten?",
        "When is our audience online, and when should we post?",
    ),
    "question.competitors": (
        "Hoe doen we het naast de werkgevers waarmee we om talent concurreren?",
        "How do we compare with the employers we compete with for talent?",
    ),
    "question.ambassadors": (
        "Wie zijn onze ambassadeurs en fans, en zorgen we goed voor ze?",
        "Who are our ambassadors and fans, and are we looking after them?",
    ),
    "question.vacancy": (
        "Is deze vacaturetekst klaar om te publiceren?",
        "Is this vacancy post ready to publish?",
    ),
    "question.listening": (
        "Wat wordt er over ons als werkgever gezegd, en wat moet nog beantwoord worden?",
        "What is said about us as an employer, and what still needs an answer?",
    ),
    "stub.title": ("Nog niet gebouwd", "Not built yet"),
    "stub.body": (
        "Deze pagina staat in de navigatie zodat je weet wat er komt, maar hij is nog niet "
        "gebouwd. Hij gaat antwoord geven op de vraag: *{question}*",
        "This page is in the navigation so you know what is coming, but it is not built yet. "
        "It will answer the question: *{question}*",
    ),
    "stub.meanwhile": (
        "Intussen kun je op **Start** en **Data** de actieve dataset bekijken.",
        "Meanwhile, **Home** and **Data** show the active dataset.",
    ),
    "error.page": (
        "Er ging iets mis op deze pagina. Je data is niet aangepast. Probeer het opnieuw of "
        "kies een andere dataset op de pagina Data. (Details staan in het logbestand.)",
        "Something went wrong on this page. Your data was not changed. Try again, or choose "
        "another dataset on the Data page. (Details are in the log.)",
    ),
    "error.no_dataset": (
        "Er is nog geen dataset actief. Kies er een op de pagina Data.",
        "No dataset is active yet. Choose one on the Data page.",
    ),
    # --- home ------------------------------------------------------------------------------
    "home.period": (
        "{start} – {end} · {weeks} weken · {employers} werkgevers",
        "{start} – {end} · {weeks} weeks · {employers} employers",
    ),
    "home.kpi.posts": ("Berichten", "Posts"),
    "home.kpi.own": ("Van eigen accounts", "From own accounts"),
    "home.kpi.competitors": ("Van concurrenten", "From competitors"),
    "home.kpi.public": ("Van publiek", "From the public"),
    "home.kpi.employees": ("Van medewerkers", "From employees"),
    "home.kpi.engagement_total": ("Interacties totaal", "Total engagements"),
    "home.kpi.engagement_median": ("Mediaan per bericht", "Median per post"),
    "home.engagement_help": (
        "Interacties = reacties/likes + commentaren + gedeeld. Mediaan over berichten "
        "waarvoor de bron interacties meldt.",
        "Engagements = reactions/likes + comments + shares. Median over posts whose source "
        "reports engagement.",
    ),
    "home.per_platform": ("Berichten per platform", "Posts per platform"),
    "home.who_speaks": ("Wie er aan het woord is", "Who is speaking"),
    "home.table.segment": ("Afzender", "Speaker"),
    "home.table.posts": ("Berichten", "Posts"),
    "home.table.share": ("Aandeel", "Share"),
    "home.table.engagements": ("Interacties", "Engagements"),
    "home.table.median": ("Mediaan", "Median"),
    "home.explore": ("Verder kijken", "Explore"),
    "home.demo_note": (
        "Dit is de ingebouwde demodataset: een fictieve werkgever, Veldhuis Techniek, en drie "
        "concurrenten. Upload je eigen exports op de pagina Data.",
        "This is the built-in demo dataset: a fictional employer, Veldhuis Techniek, and three "
        "competitors. Upload your own exports on the Data page.",
    ),
    "home.own_org": ("Eigen organisatie: **{name}**", "Own organisation: **{name}**"),
    "home.competitors": ("Concurrenten: {names}", "Competitors: {names}"),
    # --- data ------------------------------------------------------------------------------
    "data.datasets": ("Datasets", "Datasets"),
    "data.col.name": ("Naam", "Name"),
    "data.col.kind": ("Soort", "Kind"),
    "data.col.rows": ("Berichten", "Posts"),
    "data.col.created": ("Opgeslagen", "Saved"),
    "data.col.active": ("Actief", "Active"),
    "data.kind.demo": ("demo", "demo"),
    "data.kind.upload": ("upload", "upload"),
    "data.choose": ("Kies de actieve dataset", "Choose the active dataset"),
    "data.activated": (
        "**{name}** is nu de actieve dataset.",
        "**{name}** is now the active dataset.",
    ),
    "data.active_details": ("Over de actieve dataset", "About the active dataset"),
    "data.sources": ("Bronnen: {sources}", "Sources: {sources}"),
    "data.preview": ("Voorbeeld (eerste {n} berichten)", "Preview (first {n} posts)"),
    "data.download_csv": ("Download als CSV", "Download as CSV"),
    "data.upload_soon": (
        "Eigen exports uploaden (LinkedIn, Meta, X, TikTok, Coosto, OBI4wan, …) komt in de "
        "volgende versie. Wie nu al een eigen bestand wil voorbereiden: de kolommen staan in "
        "docs/DATA.md.",
        "Uploading your own exports (LinkedIn, Meta, X, TikTok, Coosto, OBI4wan, …) comes in "
        "the next release. To prepare a file of your own now: the columns are in docs/DATA.md.",
    ),
    "data.rebuild_demo": ("Demodataset opnieuw opbouwen", "Rebuild the demo dataset"),
    "data.rebuilt": ("De demodataset is opnieuw opgebouwd.", "The demo dataset was rebuilt."),
    # --- shared labels -----------------------------------------------------------------------
    "segment.own_account": ("Eigen accounts", "Own accounts"),
    "segment.own_employees": ("Eigen medewerkers", "Own employees"),
    "segment.competitor_accounts": ("Accounts concurrenten", "Competitor accounts"),
    "segment.competitor_employees": ("Medewerkers concurrenten", "Competitor employees"),
    "segment.public": ("Publiek", "Public"),
    "platform.linkedin": ("LinkedIn", "LinkedIn"),
    "platform.x": ("X (Twitter)", "X (Twitter)"),
    "platform.facebook": ("Facebook", "Facebook"),
    "platform.instagram": ("Instagram", "Instagram"),
    "platform.tiktok": ("TikTok", "TikTok"),
    "platform.youtube": ("YouTube", "YouTube"),
    "platform.news": ("Nieuwssites", "News sites"),
    "platform.blog": ("Blogs", "Blogs"),
    "platform.forum": ("Fora", "Forums"),
    "platform.reviews": ("Reviewsites", "Review sites"),
    "platform.other": ("Overig", "Other"),
    "chart.platform": ("Platform", "Platform"),
    "chart.posts": ("Berichten", "Posts"),
    "chart.segment": ("Afzender", "Speaker"),
}


def t(key: str, lang: str = "nl", **values: object) -> str:
    """The text for ``key`` in ``lang``, with ``values`` filled in.

    An unknown key or language never breaks a page: the key itself is returned and logged.
    """
    try:
        text = TEXTS[key][LANGUAGES.index(lang)]
    except (KeyError, ValueError):
        _log.warning("missing translation %s/%s", key, lang)
        return key
    return text.format(**values) if values else text


def placeholders(text: str) -> set[str]:
    """The ``{name}`` placeholders used in a text."""
    return {name for _, name, _, _ in string.Formatter().parse(text) if name}
