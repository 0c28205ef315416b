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
    # What each page answers: used on Home.
    "question.data": (
        "Exports uploaden, en zien wat er goed is ingelezen.",
        "Upload exports, and see what was read correctly.",
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
    "home.kpi.mentions": ("Vermeldingen van {name}", "Mentions of {name}"),
    "home.kpi.mentions_all": ("Vermeldingen", "Mentions"),
    "home.kpi.mentions_help": (
        "Berichten over de werkgever die niet van zijn eigen accounts komen, over de hele "
        "dataset — dezelfde telling als op Luisteren en Concurrenten voor dezelfde periode.",
        "Posts about the employer not by its own accounts, over the whole dataset — the same "
        "count as on Listening and Competitors for the same period.",
    ),
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
    "home.set_brands": ("Wie is wie instellen", "Set who is who"),
    "home.days": ("Accountcijfers per dag", "Account figures per day"),
    "home.days_help": (
        "Uit de dagbladen van de exports (LinkedIn 'Metrics', Meta-dagbestanden, TikTok "
        "Overview): totalen over de periode; volgers als stand aan het eind met de groei.",
        "From the exports' daily sheets (LinkedIn 'Metrics', Meta daily files, TikTok Overview): "
        "totals over the period; followers as the level at the end with the growth.",
    ),
    "home.days.platform": ("Platform", "Platform"),
    "home.days.account": ("Account", "Account"),
    "home.days.metric": ("Cijfer", "Figure"),
    "home.days.period": ("Periode", "Period"),
    "home.days.value": ("Totaal of stand", "Total or level"),
    "home.days.change": ("Groei", "Growth"),
    "metric.followers": ("volgers", "followers"),
    "metric.new_followers": ("nieuwe volgers", "new followers"),
    "metric.views": ("weergaven", "views"),
    "metric.reach": ("bereik", "reach"),
    "metric.impressions_total": ("weergaven (totaal)", "impressions (total)"),
    "metric.clicks_total": ("klikken (totaal)", "clicks (total)"),
    "metric.reactions_total": ("reacties en likes (totaal)", "reactions (total)"),
    "metric.comments_total": ("opmerkingen (totaal)", "comments (total)"),
    "metric.reposts_total": ("gedeeld (totaal)", "reposts (total)"),
    "metric.video_views": ("videoweergaven", "video views"),
    "metric.profile_views": ("profielweergaven", "profile views"),
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
    "data.rebuild_demo": ("Demodataset opnieuw opbouwen", "Rebuild the demo dataset"),
    "data.rebuilt": ("De demodataset is opnieuw opgebouwd.", "The demo dataset was rebuilt."),
    "upload.title": ("Exports uploaden", "Upload exports"),
    "upload.help": (
        "Sleep hier de bestanden die je uit LinkedIn, Meta, X, TikTok, je monitoringtool "
        "(Coosto, OBI4wan, Brandwatch, Meltwater, ...) of een reviewsite exporteert: CSV, Excel, "
        "JSON, Parquet of het hele ZIP-archief. Meerdere bestanden worden één dataset.",
        "Drop the files you export from LinkedIn, Meta, X, TikTok, your listening tool "
        "(Coosto, OBI4wan, Brandwatch, Meltwater, ...) or a review site: CSV, Excel, JSON, "
        "Parquet or the whole ZIP archive. Several files become one dataset.",
    ),
    "upload.files": ("Bestanden", "Files"),
    "upload.tz": ("Tijdzone van tijden zonder zone", "Time zone for times without one"),
    "upload.not_read": ("Niet ingelezen", "Not read"),
    "upload.format_known": ("Herkend formaat: **{name}**", "Recognised format: **{name}**"),
    "upload.format_saved": (
        "Opgeslagen koppeling van een eerder bestand met dezelfde kolommen",
        "Saved mapping from an earlier file with the same columns",
    ),
    "upload.format_auto": (
        "Geen bekend formaat: de kolommen zijn op naam gekoppeld (Nederlands en Engels).",
        "No known format: the columns were matched by name (Dutch and English).",
    ),
    "upload.format_close": (
        "Lijkt op **{name}**, maar dat formaat kent maar {share} van de kolommen: alle kolommen "
        "zijn op naam gekoppeld.",
        "Resembles **{name}**, but that format knows only {share} of the columns: every column "
        "was matched by name.",
    ),
    "upload.days": (
        "Cijfers per dag van het account ({columns} reeksen), geen berichten: ze gaan naar de "
        "accountcijfers.",
        "Account figures per day ({columns} series), not posts: they go to the account figures.",
    ),
    "upload.concerns": ("Kijk even naar de koppeling:", "Please check the mapping:"),
    "upload.unused": ("{columns}: niet gebruikt.", "{columns}: not used."),
    "upload.unused_known": (
        "{count} kolommen die dit formaat kent en niet nodig heeft",
        "{count} columns this format has and does not need",
    ),
    "upload.use_as": ("niet gebruiken", "do not use"),
    "upload.use_column": ("«{column}» gebruiken als", "Use «{column}» as"),
    "upload.column_used": (
        "«{column}» wordt nu gebruikt als {field}.",
        "«{column}» is now used as {field}.",
    ),
    "upload.no_preview": (
        "Geen voorbeeld mogelijk; het rapport na het inlezen zegt waarom.",
        "No preview possible; the report after loading says why.",
    ),
    "upload.preview_loaded": (
        "Zo worden de eerste rijen ingelezen:",
        "This is how the first rows will load:",
    ),
    "upload.col.date": ("Dag", "Day"),
    "upload.more_figures": ("… en nog {count} reeksen.", "… and {count} more series."),
    "upload.col.metric": ("Cijfer", "Figure"),
    "upload.col.value": ("Waarde", "Value"),
    "upload.col.author": ("Auteur", "Author"),
    "upload.columns_rows": ("{columns} kolommen", "{columns} columns"),
    "upload.mapping": ("Koppeling van kolommen", "Column mapping"),
    "upload.mapping_help": (
        "Kies per veld de kolom uit je bestand. Alleen de datum is verplicht. De koppeling "
        "wordt onthouden voor volgende bestanden met dezelfde kolommen.",
        "Choose the column of your file for each field. Only the date is required. The mapping "
        "is remembered for the next files with the same columns.",
    ),
    "upload.none": ("— geen —", "— none —"),
    "upload.confirm": ("Koppeling bevestigen", "Confirm mapping"),
    "upload.confirmed": ("Koppeling opgeslagen voor {name}.", "Mapping saved for {name}."),
    "upload.need_date": (
        "Kies welke kolom de publicatiedatum bevat; zonder datum kan geen bericht worden "
        "ingelezen.",
        "Choose the column with the publication date; no post can be read without a date.",
    ),
    "upload.adjust": ("Koppeling aanpassen", "Adjust the mapping"),
    "upload.preview": ("Eerste rijen van het bestand", "First rows of the file"),
    "upload.waiting": (
        "Zonder datumkolom wordt niet ingelezen: {names}. Kies de datum in de koppeling.",
        "Not loaded without a date column: {names}. Choose the date in the mapping.",
    ),
    "upload.name": ("Naam van de dataset", "Name of the dataset"),
    "upload.default_name": ("Upload {date}", "Upload {date}"),
    "upload.load": (
        "Inlezen en als actieve dataset opslaan",
        "Load and save as the active dataset",
    ),
    "upload.loading": ("Bestanden inlezen…", "Reading the files…"),
    "upload.saved": (
        "**{name}** is opgeslagen en actief: {rows} berichten. Zeg hieronder wie wie is.",
        "**{name}** is saved and active: {rows} posts. Say who is who below.",
    ),
    "upload.nothing": (
        "Er kon niets worden ingelezen. De redenen staan hieronder; er is niets opgeslagen.",
        "Nothing could be loaded. The reasons are below; nothing was saved.",
    ),
    "report.title": ("Rapport van de laatste upload", "Report of the last upload"),
    "report.read": ("Rijen gelezen", "Rows read"),
    "report.loaded": ("Rijen ingelezen", "Rows loaded"),
    "report.duplicates": ("Dubbele verwijderd", "Duplicates removed"),
    "report.period": ("Periode", "Period"),
    "report.file": ("Bestand", "File"),
    "report.format": ("Formaat", "Format"),
    "report.dropped": ("Overgeslagen", "Dropped"),
    "report.drop_line": (
        "{count} × {reason} (bijv. rij {rows}). {advice}",
        "{count} × {reason} (e.g. rows {rows}). {advice}",
    ),
    "report.warnings": ("Goed om te weten", "Good to know"),
    "report.download_md": ("Rapport downloaden (Markdown)", "Download report (Markdown)"),
    "report.download_json": ("Rapport downloaden (JSON)", "Download report (JSON)"),
    "report.way.auto": ("automatisch gekoppeld", "automatic mapping"),
    "report.way.saved": ("opgeslagen koppeling", "saved mapping"),
    "report.way.user": ("bevestigde koppeling", "confirmed mapping"),
    "report.days": ("Dagen met accountcijfers", "Days of account figures"),
    "report.days_col": ("Accountcijfers", "Account figures"),
    "report.skipped_count": (
        "{count} bestanden uit archieven niet ingelezen (waarom, per bestand)",
        "{count} files from archives not read (why, per file)",
    ),
    "data.active_name": ("Actieve dataset: **{name}**", "Active dataset: **{name}**"),
    "brands.title_of": ("Wie is wie in {name}", "Who is who in {name}"),
    "brands.help": (
        "Welke organisatie is de eigen, welke zijn concurrenten, welke accounts horen bij wie en "
        "wie zijn medewerkers? Het geldt alleen voor deze dataset en wordt meteen toegepast. "
        "Berichten van anderen krijgen de werkgever die ze noemen.",
        "Which organisation is your own, which are competitors, which accounts belong to whom "
        "and who are employees? It applies to this dataset only, at once. Posts by anyone else "
        "get the employer they mention.",
    ),
    "brands.own": ("Eigen organisatie", "Own organisation"),
    "brands.own_placeholder": ("Kies of typ een naam", "Choose or type a name"),
    "brands.found": (
        "In de data: {names}",
        "In the data: {names}",
    ),
    "brands.none_found": (
        "Het bestand noemt geen werkgevers; typ de namen zelf.",
        "The files name no employers; type the names yourself.",
    ),
    "brands.accounts_of": ("Accounts van {name}", "Accounts of {name}"),
    "brands.employees_of": ("Medewerkers van {name}", "Employees of {name}"),
    "brands.competitors": ("Concurrenten", "Competitors"),
    "brands.pick_placeholder": ("Kies of typ", "Choose or type"),
    "brands.save": ("Toepassen op deze dataset", "Apply to this dataset"),
    "brands.saved": (
        "Wie is wie is toegepast op **{name}**.",
        "Who is who was applied to **{name}**.",
    ),
    "brands.missing_own": (
        "Kies eerst de eigen organisatie; concurrenten en medewerkers horen erbij.",
        "Choose the own organisation first; competitors and employees go with it.",
    ),
    "brands.not_in_data": (
        "**{name}** komt niet voor in deze dataset: niet als werkgever, niet als account en "
        "niet in de tekst. Controleer de schrijfwijze of kies de accounts.",
        "**{name}** does not occur in this dataset: not as employer, not as account, not in the "
        "text. Check the spelling or choose its accounts.",
    ),
    "brands.unset": (
        "Nog niet gezegd wie de eigen organisatie is: pagina's die eigen en concurrenten "
        "vergelijken, tonen dan minder.",
        "The own organisation is not set yet: pages that compare own and competitors show "
        "less until it is.",
    ),
    "field.post_id": ("Bericht-id", "Post id"),
    "field.platform": ("Platform / kanaal", "Platform / channel"),
    "field.published_at": ("Datum (en tijd) *", "Date (and time) *"),
    "field.published_time": ("Tijd (aparte kolom)", "Time (separate column)"),
    "field.author_handle": ("Account van de auteur", "Author account"),
    "field.author_name": ("Naam van de auteur", "Author name"),
    "field.employer": ("Werkgever", "Employer"),
    "field.author_type": ("Soort auteur", "Author type"),
    "field.text": ("Tekst", "Text"),
    "field.title": ("Titel", "Title"),
    "field.url": ("Link", "Link"),
    "field.language": ("Taal", "Language"),
    "field.post_type": ("Soort bericht", "Post type"),
    "field.impressions": ("Impressies / weergaven", "Impressions"),
    "field.reach": ("Bereik", "Reach"),
    "field.reactions": ("Reacties/likes (vind-ik-leuks)", "Reactions / likes"),
    "field.comments": ("Opmerkingen (reacties)", "Comments"),
    "field.shares": ("Gedeeld", "Shares"),
    "field.clicks": ("Klikken", "Clicks"),
    "field.video_views": ("Videoweergaven", "Video views"),
    "field.followers": ("Volgers", "Followers"),
    "field.sentiment": ("Sentiment", "Sentiment"),
    "field.in_reply_to_id": ("Antwoord op (id)", "In reply to (id)"),
    "field.thread_id": ("Gesprek (id)", "Thread (id)"),
    "field.location": ("Locatie", "Location"),
    "field.rating": ("Beoordeling (sterren)", "Rating (stars)"),
    "field.pros": ("Pluspunten (review)", "Pros (review)"),
    "field.cons": ("Minpunten (review)", "Cons (review)"),
    "field.engagements_total": ("Interacties totaal", "Total engagements"),
    # --- ingest messages (core.ingest.report.Message) -----------------------------------------
    "ingest.empty_file": (
        "{file}: het bestand is leeg. Exporteer het opnieuw en upload het nieuwe bestand.",
        "{file}: the file is empty. Export it again and upload the new file.",
    ),
    "ingest.not_data": (
        "{file}: dit is een {what}-bestand, geen data-export. Upload het CSV-, Excel-, JSON- of "
        "Parquet-bestand dat het platform of de tool exporteerde.",
        "{file}: this is a {what} file, not a data export. Upload the CSV, Excel, JSON or "
        "Parquet file that the platform or tool exported.",
    ),
    "ingest.binary": (
        "{file}: dit lijkt een binair bestand, geen tekst. Upload de CSV-, Excel-, JSON- of "
        "Parquet-export.",
        "{file}: this looks like a binary file, not text. Upload the CSV, Excel, JSON or Parquet "
        "export.",
    ),
    "ingest.json_object": (
        "{file}: de JSON bevat één object waar een lijst met berichten werd verwacht. Exporteer "
        "de berichten als lijst ([ ... ]) of als één JSON-object per regel (NDJSON).",
        "{file}: the JSON holds a single object where a list of posts was expected. Export the "
        "posts as a list ([ ... ]) or as one JSON object per line (NDJSON).",
    ),
    "ingest.json_type": (
        "{file}: de JSON bevat een {what}, geen lijst met berichten.",
        "{file}: the JSON holds a {what}, not a list of posts.",
    ),
    "ingest.json_item": (
        "{file}: onderdeel {item} van de JSON-lijst is geen object met velden. Elk bericht moet "
        'een object zijn, zoals {{"date": ..., "text": ...}}.',
        "{file}: item {item} of the JSON list is not an object with fields. Every post must be "
        'an object such as {{"date": ..., "text": ...}}.',
    ),
    "ingest.json_invalid": (
        "{file}: geen geldige JSON (regel {line}, kolom {column}: {detail}). Exporteer het "
        "bestand opnieuw, of bewaar het als CSV.",
        "{file}: not valid JSON (line {line}, column {column}: {detail}). Export the file again, "
        "or save it as CSV.",
    ),
    "ingest.ndjson_line": (
        "{file}: regel {line} is geen geldig JSON-object.",
        "{file}: line {line} is not a valid JSON object.",
    ),
    "ingest.parquet_damaged": (
        "{file}: het Parquet-bestand is beschadigd of onvolledig ({detail}).",
        "{file}: the Parquet file is damaged or incomplete ({detail}).",
    ),
    "ingest.unreadable": (
        "{file}: kon niet als {kind} worden gelezen ({detail}). Controleer of het een complete "
        "export is; openen en opnieuw opslaan in Excel helpt vaak.",
        "{file}: could not be read as {kind} ({detail}). Check that the file is a complete "
        "export; opening and saving it again in Excel often helps.",
    ),
    "ingest.too_big": (
        "{file}: het bestand is {size} MB, meer dan de grens van {limit} MB. Exporteer een "
        "kortere periode of splits het bestand.",
        "{file}: the file is {size} MB, over the limit of {limit} MB. Export a shorter period, "
        "or split the file.",
    ),
    "ingest.no_sheets": (
        "{file}: de werkmap heeft geen blad met gegevens.",
        "{file}: the workbook has no sheet with data.",
    ),
    "ingest.no_date": (
        "{file}: geen datumkolom gevonden tussen {columns}. Koppel de kolom met de "
        "publicatiedatum op de pagina Data.",
        "{file}: no date column found among {columns}. Map the column with the publication "
        "date on the Data page.",
    ),
    "ingest.none_loaded": (
        "{file}: geen van de {rows} rijen kon worden ingelezen; zie het rapport voor de reden.",
        "{file}: none of its {rows} rows could be loaded; see the report for why.",
    ),
    "ingest.header_only": (
        "{file}: het bestand heeft een kopregel maar geen rijen.",
        "{file}: the file has a header but no rows.",
    ),
    "ingest.failed": (
        "{file}: kon niet worden gelezen ({detail}). Controleer het bestand en de koppeling.",
        "{file}: could not be read ({detail}). Check the file and the column mapping.",
    ),
    "ingest.cannot_open": (
        "{file}: kan niet worden geopend ({detail}).",
        "{file}: cannot be opened ({detail}).",
    ),
    "ingest.skipped_lines": (
        "{count} regel(s) boven de kopregel overgeslagen (titel of toelichting).",
        "Skipped {count} line(s) above the header (title or notes).",
    ),
    "ingest.renamed_column": (
        "Kolom '{name}' komt vaker voor; de kopie heet '{renamed}'.",
        "Column '{name}' appears more than once; the copy is named '{renamed}'.",
    ),
    "ingest.broken_quotes": (
        "De aanhalingstekens sluiten niet (vanaf regel {line}); gelezen zonder "
        "aanhalingstekens. Controleer rijen waarvan de tekst het scheidingsteken bevat.",
        "Quotes do not pair up (from line {line}); read without quote handling. Check rows "
        "whose text contains the delimiter.",
    ),
    "ingest.ambiguous_dates_day_first": (
        "Data zoals 03/04 kunnen op twee manieren gelezen worden; gelezen als dag-maand "
        "(Nederlands).",
        "Dates such as 03/04 could be read either way; read as day-month (Dutch).",
    ),
    "ingest.ambiguous_dates_month_first": (
        "Data zoals 03/04 kunnen op twee manieren gelezen worden; gelezen als maand-dag "
        "(Amerikaans), zoals dit formaat ze schrijft.",
        "Dates such as 03/04 could be read either way; read as month-day (US), as this format "
        "writes them.",
    ),
    "ingest.not_numbers": (
        "Kolom '{column}': {count} waarde(n) zijn geen getal (bijv. rij {rows}); leeg gelaten.",
        "Column '{column}': {count} value(s) are not numbers (e.g. rows {rows}); left empty.",
    ),
    "ingest.negative": (
        "Kolom '{column}': {count} negatieve waarde(n) (bijv. rij {rows}); aantallen kunnen niet "
        "negatief zijn, leeg gelaten.",
        "Column '{column}': {count} negative value(s) (e.g. rows {rows}); counts cannot be "
        "negative, left empty.",
    ),
    "ingest.total_only": (
        "Alleen een kolom met het totaal aan interacties ('{column}'); die telt als "
        "reacties/likes.",
        "Only a total engagement column ('{column}') is available; it is counted as reactions.",
    ),
    "ingest.no_impressions": (
        "Geen kolom met impressies: engagement rate per impressie is niet beschikbaar.",
        "No impressions column: engagement rate per impression is unavailable.",
    ),
    "ingest.no_reach": (
        "Geen kolom met bereik: engagement rate per bereik is niet beschikbaar.",
        "No reach column: engagement rate per reach is unavailable.",
    ),
    "ingest.no_followers": (
        "Geen kolom met volgers: engagement rate per volger is niet beschikbaar.",
        "No followers column: engagement rate per follower is unavailable.",
    ),
    "ingest.no_text": (
        "Geen tekstkolom: thema's, luisteren en vraagherkenning zijn niet beschikbaar.",
        "No text column: themes, listening and question detection are unavailable.",
    ),
    "ingest.no_sentiment": (
        "Geen kolom met sentiment: waar pagina's het nodig hebben, wordt het berekend.",
        "No sentiment column: sentiment will be computed where pages need it.",
    ),
    "ingest.zip_damaged": (
        "{file}: het ZIP-archief is beschadigd ({detail}). Download het opnieuw.",
        "{file}: the ZIP archive is damaged ({detail}). Download it again.",
    ),
    "ingest.zip_too_big": (
        "{file}: het archief is uitgepakt te groot. Pak het zelf uit en upload de exportbestanden.",
        "{file}: the archive is too large unpacked. Unzip it and upload the export files.",
    ),
    "ingest.zip_encrypted": (
        "{file}: het archief is met een wachtwoord beveiligd. Pak het uit en upload de bestanden.",
        "{file}: the archive is password-protected. Unzip it and upload the files.",
    ),
    "ingest.zip_html": (
        "{file}: dit archief is in HTML-formaat ({count} bestanden). Vraag de download opnieuw "
        "aan en kies JSON als formaat.",
        "{file}: this archive is in HTML format ({count} files). Request the download again and "
        "choose JSON as the format.",
    ),
    "ingest.zip_no_data": (
        "{file}: geen CSV-, Excel- of JSON-bestand gevonden tussen de {count} bestanden. Upload "
        "de export zelf.",
        "{file}: no CSV, Excel or JSON file among its {count} files. Upload the export itself.",
    ),
    "ingest.zip_nested": (
        "{file}: een archief in een archief wordt niet uitgepakt. Pak het uit en upload het.",
        "{file}: an archive inside an archive is not unpacked. Unzip it and upload it.",
    ),
    "ingest.skipped_system": (
        "{file}: systeembestand, overgeslagen.",
        "{file}: system file, skipped.",
    ),
    "ingest.skipped_owner": (
        "{file}: gelezen voor de naam van de eigenaar van het archief, niet als berichten.",
        "{file}: read for the archive owner's name, not as posts.",
    ),
    "ingest.skipped_not_posts": (
        "{file}: geen berichten (berichten, instellingen, advertenties…), niet ingelezen.",
        "{file}: not posts (messages, settings, ads…), not read.",
    ),
    "ingest.skipped_nested_zip": (
        "{file}: archief in het archief, niet uitgepakt. Pak het uit en upload het apart.",
        "{file}: an archive inside the archive, not unpacked. Unzip it and upload it separately.",
    ),
    "ingest.skipped_media": (
        "{file}: foto, video of document, geen data.",
        "{file}: photo, video or document, not data.",
    ),
    "ingest.skipped_empty_sheet": (
        "{file}: leeg werkblad, niets in te lezen.",
        "{file}: empty sheet, nothing to read.",
    ),
    "ingest.skipped_not_data": (
        "{file}: geen data-bestand, niet ingelezen.",
        "{file}: not a data file, not read.",
    ),
    "ingest.description_row": (
        "Rij {row} beschrijft de kolommen in woorden en is overgeslagen.",
        "Row {row} describes the columns in words and was skipped.",
    ),
    "ingest.archive_read": (
        "Berichten uit een 'download je gegevens'-archief ({kind}); tekens hersteld.",
        "Posts from a 'download your information' archive ({kind}); characters repaired.",
    ),
    "ingest.archive_owner": (
        "Het archief is van {owner}.",
        "The archive belongs to {owner}.",
    ),
    "ingest.years_inferred": (
        "De datums hebben geen jaartal; het jaar is afgeleid, met de laatste dag op of voor "
        "vandaag.",
        "The dates have no year; the year was inferred, with the last day on or before today.",
    ),
    "ingest.day_bad_date": (
        "{count} dagen met een onleesbare datum zijn overgeslagen (rijen {rows}).",
        "{count} days with an unreadable date were skipped (rows {rows}).",
    ),
    "concern.no_time": (
        "geen tijdstip: koppel een tijdkolom als die er is; anders laat Timing deze berichten weg",
        "no time of day: map a time column if there is one; otherwise Timing leaves these posts "
        "out",
    ),
    "concern.dates_only": (
        "dit formaat geeft alleen de dag, geen tijdstip: Timing laat deze berichten weg",
        "this format gives the day but no time: Timing leaves these posts out",
    ),
    "concern.no_text": (
        "geen tekst: kies de kolom met de tekst van het bericht",
        "no text: choose the column with the post's text",
    ),
    "concern.no_metrics": (
        "geen cijfers (weergaven, likes, reacties…): kies ze als het bestand ze heeft",
        "no figures (impressions, likes, comments…): choose them if the file has them",
    ),
    "concern.no_author": (
        "geen auteur: kies de kolom met de naam of het account",
        "no author: choose the column with the name or account",
    ),
    "concern.no_employer": (
        "geen werkgever-kolom: de werkgever komt uit wie is wie en uit namen in de tekst",
        "no employer column: the employer comes from who-is-who and names in the text",
    ),
    "concern.uncertain": (
        "sommige kolommen zijn op gelijkenis gekoppeld: kijk ze even na",
        "some columns were matched on resemblance: please check them",
    ),
    "report.unused": ("Niet gebruikt", "Not used"),
    "report.skipped": ("Niet ingelezen uit archieven", "Not read from archives"),
    "report.days_line": (
        "{rows} cijfers per dag van het account (geen berichten)",
        "{rows} daily account figures (not posts)",
    ),
    "drop.empty_row": ("lege rij", "empty row"),
    "drop.no_date": ("geen datum", "no date"),
    "drop.bad_date": ("datum onleesbaar", "date not readable"),
    "drop.one_field": (
        "maar één veld: ander scheidingsteken of afgebroken regel",
        "only one field: a different delimiter or a broken line",
    ),
    "advice.empty_row": (
        "Niets te doen: lege rijen bevatten geen bericht.",
        "Nothing to do: empty rows carry no post.",
    ),
    "advice.no_date": (
        "Elk bericht heeft een publicatiedatum nodig. Vul die in, of controleer of de juiste "
        "kolom aan de datum is gekoppeld.",
        "Every post needs a publication date. Fill it in, or check that the right column is "
        "mapped to the date.",
    ),
    "advice.bad_date": (
        "Schrijf data als 31-01-2026 14:05 of 2026-01-31T14:05, of controleer of de juiste "
        "kolom aan de datum is gekoppeld.",
        "Write dates as 31-01-2026 14:05 or 2026-01-31T14:05, or check that the right column is "
        "mapped to the date.",
    ),
    "advice.one_field": (
        "Sla het bestand opnieuw op met overal hetzelfde scheidingsteken (Excel: 'Opslaan als "
        "CSV'), of zoek naar regeleindes in cellen.",
        "Save the file again with one delimiter throughout (Excel: 'Save as CSV'), or check for "
        "line breaks inside cells.",
    ),
    # --- audience timing -------------------------------------------------------------------
    "timing.intro": (
        "Wanneer is het publiek online, wanneer posten wij, en wanneer werkt een bericht het "
        "best? Elk bericht wordt vergeleken met het gewone bericht van hetzelfde account, zodat "
        "een tijdvak niet wint doordat er veel in gepost wordt.",
        "When is the audience online, when do we post, and when does a post work best? Every "
        "post is compared with the same account's typical post, so a slot cannot win just "
        "because much is posted in it.",
    ),
    "timing.filters": ("Filters", "Filters"),
    "timing.employer": ("Welke accounts", "Which accounts"),
    "timing.all_employers": (
        "Alle werkgevers (per account genormaliseerd)",
        "All employers (normalised per account)",
    ),
    "timing.platform": ("Platform", "Platform"),
    "timing.pool": (
        "Beste tijdvakken leren van alle werkgevers (per account genormaliseerd)",
        "Learn best slots from all employers (normalised per account)",
    ),
    "timing.pool_help": (
        "Meer berichten geven betrouwbaarder tijdvakken. Elk bericht telt als verhouding tot het "
        "gewone bericht van zijn eigen account, dus een groot account overstemt een klein niet.",
        "More posts give more reliable slots. Each post counts relative to its own account's "
        "typical post, so a large account does not drown out a small one.",
    ),
    "timing.all_platforms": ("Alle platforms", "All platforms"),
    "timing.metric": ("Maatstaf", "Metric"),
    "timing.tz": ("Tijdzone", "Time zone"),
    "timing.period": ("Periode", "Period"),
    "timing.contains": (
        "Alleen berichten met dit woord (bijv. vacature)",
        "Only posts containing this word (e.g. vacature)",
    ),
    "timing.theme_note": (
        "Filteren op thema komt met de pagina Thema's; tot dan filter je op een woord.",
        "Filtering by theme comes with the Themes page; until then, filter on a word.",
    ),
    "timing.audience": ("Wanneer het publiek actief is", "When the audience is active"),
    "timing.audience_help": (
        "Berichten, reacties en vermeldingen van het publiek (niet van werkgevers of medewerkers).",
        "Posts, comments and mentions by the public (not by employers or employees).",
    ),
    "timing.we_post": ("Wanneer wij posten", "When we post"),
    "timing.we_post_help": (
        "Berichten van de gekozen accounts; lege vakken: daar wordt niet gepost.",
        "Posts by the chosen accounts; empty cells: no posts then.",
    ),
    "timing.best": ("Beste tijdvakken per platform", "Best slots per platform"),
    "timing.best_help": (
        "Tijdvak = weekdag × blok van {hours} uur. Lift = hoeveel beter dan het gewone bericht "
        "van hetzelfde account (meetkundig gemiddelde, naar 1 getrokken alsof er {prior} extra "
        "gewone berichten zijn), met {conf}%-betrouwbaarheidsinterval (bootstrap). Minder dan "
        "{min} berichten: te dun om te beoordelen.",
        "Slot = weekday × {hours}-hour block. Lift = how much better than the same account's "
        "typical post (geometric mean, pulled towards 1 as if there were {prior} extra typical "
        "posts), with a {conf}% confidence interval (bootstrap). Fewer than {min} posts: too thin "
        "to judge.",
    ),
    "timing.rec": (
        "**{platform}**: {days} {time}; {posts} berichten, mediane {metric} {rate} tegenover "
        "{overall} overall (lift {lift}, interval {low}–{high}).",
        "**{platform}**: {days} {time}; {posts} posts, median {metric} {rate} vs {overall} "
        "overall (lift {lift}, interval {low}–{high}).",
    ),
    "timing.rec_thin": (
        "**{platform}**: te weinig gegevens om iets te zeggen ({posts} berichten in {slots} "
        "tijdvakken; er is een tijdvak met minstens {min} berichten nodig dat duidelijk beter is).",
        "**{platform}**: too little data to tell ({posts} posts in {slots} slots; it takes a slot "
        "with at least {min} posts that is clearly better).",
    ),
    "timing.no_rates": (
        "Deze data heeft geen impressies, bereik of volgers: beste tijdvakken zijn niet te "
        "berekenen. De heatmaps tonen wel aantallen.",
        "This data has no impressions, reach or followers: best slots cannot be computed. The "
        "heatmaps still show counts.",
    ),
    "timing.slots_of": ("Alle tijdvakken van {platform}", "All slots of {platform}"),
    "timing.col.day": ("Dag", "Day"),
    "timing.col.time": ("Tijd", "Time"),
    "timing.col.posts": ("Berichten", "Posts"),
    "timing.col.rate": ("Mediane rate", "Median rate"),
    "timing.col.lift": ("Lift", "Lift"),
    "timing.col.interval": ("Interval", "Interval"),
    "timing.col.thin": ("Te dun", "Too thin"),
    "timing.schedule": (
        "Testschema voor {platform}: probeer tijdvakken die nog niet getest zijn",
        "Test schedule for {platform}: try slots not tested yet",
    ),
    "timing.schedule_help": (
        "Tijdvakken met minder dan {min} berichten, waar het publiek het actiefst is, verdeeld "
        "over de komende {weeks} weken ({per_week} per week). Zo leer je of ze werken.",
        "Slots with fewer than {min} posts where the audience is most active, spread over the "
        "coming {weeks} weeks ({per_week} a week). That is how you learn whether they work.",
    ),
    "timing.schedule_none": ("Geen ongeteste tijdvakken gevonden.", "No untested slots found."),
    "timing.col.date": ("Datum", "Date"),
    "timing.col.tried": ("Al gepost", "Posted so far"),
    "timing.download_csv": ("Testschema (CSV)", "Test schedule (CSV)"),
    "timing.download_ics": ("Testschema in agenda (ICS)", "Test schedule to calendar (ICS)"),
    "timing.ics_summary": (
        "Testbericht {platform} (Employer Radar)",
        "Test post {platform} (Employer Radar)",
    ),
    "timing.ics_description": (
        "Testbericht in een tijdvak dat nog niet is geprobeerd. Vergelijk het resultaat daarna op "
        "de pagina Timing publiek.",
        "Test post in a slot not tried before. Compare the result afterwards on the Audience "
        "timing page.",
    ),
    "timing.continuous": (
        "Continu: sociale media hebben geen openingstijden",
        "Continuous: social media has no opening hours",
    ),
    "timing.mentions": ("Vermeldingen", "Mentions"),
    "timing.outside": ("Buiten kantoortijd", "Outside office hours"),
    "timing.weekend": ("In het weekend", "At weekends"),
    "timing.questions": ("Vragen", "Questions"),
    "timing.answered": ("Beantwoord", "Answered"),
    "timing.within_day": ("Binnen een dag", "Within a day"),
    "timing.wait_office": ("Wachttijd (kantoortijd)", "Wait (office hours)"),
    "timing.wait_outside": ("Wachttijd (daarbuiten)", "Wait (outside)"),
    "timing.hours": ("{value} uur", "{value} h"),
    "timing.no_replies": (
        "Deze data bevat geen antwoorden van de eigen accounts: wachttijden zijn niet te meten.",
        "This data holds no replies by the own accounts: waiting times cannot be measured.",
    ),
    "timing.continuous_help": (
        "Kantoortijd = maandag tot en met vrijdag 09:00–17:00 ({tz}). Vraag = een vraagteken of "
        "een vraagwoord aan het begin. Wachttijd = mediaan tot het eerste antwoord van een "
        "eigen account.",
        "Office hours = Monday to Friday 09:00–17:00 ({tz}). Question = a question mark or a "
        "question word first. Wait = median time to the first reply by an own account.",
    ),
    "timing.office": ("Kantoortijd", "Office hours"),
    "timing.outside_office": ("Buiten kantoortijd", "Outside office hours"),
    "timing.no_posts": ("Geen berichten met deze filters.", "No posts with these filters."),
    "chart.hour": ("Uur", "Hour"),
    "chart.weekday": ("Dag", "Day"),
    "chart.mentions": ("Vermeldingen", "Mentions"),
    "metric.posts": ("aantal berichten", "number of posts"),
    "metric.engagements": ("interacties (totaal)", "engagements (total)"),
    "metric.er_impressions": ("engagement rate per impressie", "engagement rate per impression"),
    "metric.er_reach": ("engagement rate per bereik", "engagement rate per reach"),
    "metric.er_followers": ("engagement rate per volger", "engagement rate per follower"),
    "formula.posts": ("Aantal berichten in het uur.", "Number of posts in the hour."),
    "formula.engagements": (
        "Som van reacties/likes + commentaren + gedeeld in het uur.",
        "Sum of reactions/likes + comments + shares in the hour.",
    ),
    "formula.er_impressions": (
        "Mediaan over berichten van interacties ÷ impressies.",
        "Median over posts of engagements ÷ impressions.",
    ),
    "formula.er_reach": (
        "Mediaan over berichten van interacties ÷ bereik.",
        "Median over posts of engagements ÷ reach.",
    ),
    "formula.er_followers": (
        "Mediaan over berichten van interacties ÷ volgers van het account.",
        "Median over posts of engagements ÷ the account's followers.",
    ),
    "weekday.1": ("maandag", "Monday"),
    "weekday.2": ("dinsdag", "Tuesday"),
    "weekday.3": ("woensdag", "Wednesday"),
    "weekday.4": ("donderdag", "Thursday"),
    "weekday.5": ("vrijdag", "Friday"),
    "weekday.6": ("zaterdag", "Saturday"),
    "weekday.7": ("zondag", "Sunday"),
    "weekday_short.1": ("ma", "Mon"),
    "weekday_short.2": ("di", "Tue"),
    "weekday_short.3": ("wo", "Wed"),
    "weekday_short.4": ("do", "Thu"),
    "weekday_short.5": ("vr", "Fri"),
    "weekday_short.6": ("za", "Sat"),
    "weekday_short.7": ("zo", "Sun"),
    # --- vacancy checklist ------------------------------------------------------------------
    "vacancy.intro": (
        "Plak een vacaturetekst of upload bestanden. Je krijgt een score van 0 tot 100, per punt "
        "wat goed is en wat beter kan, en de tekst met wat we vonden gemarkeerd.",
        "Paste a vacancy text or upload files. You get a score from 0 to 100, per item what is "
        "good and what could be better, and the text with what we found highlighted.",
    ),
    "vacancy.tab.paste": ("Tekst plakken", "Paste text"),
    "vacancy.tab.files": ("Bestanden", "Files"),
    "vacancy.tab.dataset": ("Uit de dataset", "From the dataset"),
    "vacancy.name": (
        "Naam van de vacature (voor de geschiedenis)",
        "Name of the vacancy (for the history)",
    ),
    "vacancy.text": ("Vacaturetekst", "Vacancy text"),
    "vacancy.placeholder": (
        "Servicemonteur (m/v/x)\n\nWat ga je doen? ...",
        "Service engineer\n\nWhat you will do ...",
    ),
    "vacancy.lang": ("Taal van de tekst", "Language of the text"),
    "vacancy.lang.auto": ("Automatisch herkennen", "Detect automatically"),
    "vacancy.lang.nl": ("Nederlands", "Dutch"),
    "vacancy.lang.en": ("Engels", "English"),
    "vacancy.lang.fr": ("Frans", "French"),
    "vacancy.channels": ("Waar plaats je de vacature?", "Where will you post it?"),
    "vacancy.channels_placeholder": ("Kies een of meer kanalen", "Choose one or more channels"),
    "vacancy.channel.linkedin": ("LinkedIn", "LinkedIn"),
    "vacancy.channel.jobboard": ("Vacaturesites", "Job boards"),
    "vacancy.channel.careers_site": ("Eigen werkenbij-site", "Own careers site"),
    "vacancy.channel.facebook": ("Facebook", "Facebook"),
    "vacancy.channel.instagram": ("Instagram", "Instagram"),
    "vacancy.channel.tiktok": ("TikTok", "TikTok"),
    "vacancy.check": ("Controleren", "Check"),
    "vacancy.empty": ("Plak eerst een tekst.", "Paste a text first."),
    "vacancy.score": ("Score", "Score"),
    "vacancy.detected": (
        "Taal: {language} · {words} woorden",
        "Language: {language} · {words} words",
    ),
    "vacancy.checklist": ("De checklist", "The checklist"),
    "vacancy.highlighted": ("De tekst, met wat we vonden", "The text, with what we found"),
    "vacancy.legend": (
        "Groen: dit levert punten op. Oranje: dit kost punten.",
        "Green: this earns points. Orange: this costs points.",
    ),
    "vacancy.points": ("{earned}/{points} punten", "{earned}/{points} points"),
    "vacancy.not_checked": ("niet gecontroleerd", "not checked"),
    "vacancy.fix_label": ("Zo verdien je de punten", "How to earn the points"),
    "vacancy.history": ("Eerdere versies van deze vacature", "Earlier versions of this vacancy"),
    "vacancy.history_col.when": ("Gecontroleerd", "Checked"),
    "vacancy.history_col.score": ("Score", "Score"),
    "vacancy.history_col.failing": ("Nog niet goed", "Not yet right"),
    "vacancy.batch": ("Alle teksten", "All texts"),
    "vacancy.words_col": ("Woorden", "Words"),
    "vacancy.dataset_run": (
        "Controleer de {count} vacatureberichten",
        "Check the {count} vacancy posts",
    ),
    "vacancy.batch_download": ("Download als Excel", "Download as Excel"),
    "vacancy.column": ("Kolom met de vacaturetekst", "Column with the vacancy text"),
    "vacancy.files_help": (
        "txt, md, html, docx of pdf; of een CSV/Excel-bestand met één vacature per rij.",
        "txt, md, html, docx or pdf; or a CSV/Excel file with one vacancy per row.",
    ),
    "vacancy.dataset_help": (
        "Berichten uit de actieve dataset die op een vacature lijken (vacature, solliciteer, "
        "we're hiring, ...).",
        "Posts in the active dataset that look like vacancies (vacature, solliciteer, we're "
        "hiring, ...).",
    ),
    "vacancy.dataset_social": (
        "Korte berichten op sociale media die een vacature aankondigen: {count}. Dat zijn geen "
        "vacatureteksten, dus de checklist scoort ze niet: plak of upload de vacature waar ze "
        "naar verwijzen.",
        "Short social posts that announce a vacancy: {count}. They are not job ads, so the "
        "checklist does not score them: paste or upload the vacancy they point to.",
    ),
    "vacancy.dataset_none": (
        "Geen vacatureberichten gevonden in de actieve dataset.",
        "No vacancy posts found in the active dataset.",
    ),
    "vacancy.pick": (
        "Kies een bericht om in detail te bekijken",
        "Choose a post to look at in detail",
    ),
    "vacancy.found": ("Gevonden: {items}.", "Found: {items}."),
    "vacancy.vague_found": ("Vaag: {items}.", "Vague: {items}."),
    "vacancy.none_found": ("Niets gevonden.", "Nothing found."),
    "vacancy.words": (
        "{words} woorden (300–700 werkt het best).",
        "{words} words (300–700 works best).",
    ),
    "vacancy.readability_score": (
        "Leesbaarheid {score} (60 of hoger ≈ B1); gemiddeld {wps} woorden per zin.",
        "Readability {score} (60 or higher ≈ B1); {wps} words per sentence on average.",
    ),
    "vacancy.longest": ("Langste zinnen: {items}", "Longest sentences: {items}"),
    "vacancy.gender": (
        "Mannelijk gecodeerd: {masculine}. Vrouwelijk gecodeerd: {feminine}.",
        "Masculine-coded: {masculine}. Feminine-coded: {feminine}.",
    ),
    "vacancy.alternatives": ("Neutraler: {items}.", "More neutral: {items}."),
    "vacancy.title_marker": ("De functietitel mist (m/v/x).", "The job title lacks (m/v/x)."),
    "vacancy.channels_found": (
        "Persoonlijk: {personal}. Professioneel: {professional}.",
        "Personal: {personal}. Professional: {professional}.",
    ),
    "vacancy.choose_channels": (
        "Kies hierboven waar je de vacature plaatst.",
        "Choose above where you will post it.",
    ),
    "vacancy.rule.salary": ("Salaris", "Salary"),
    "vacancy.rule.benefits": ("Arbeidsvoorwaarden", "Benefits"),
    "vacancy.rule.career": ("Loopbaanperspectief", "Career perspective"),
    "vacancy.rule.apply": ("Solliciteerknop", "Apply button"),
    "vacancy.rule.questions": ("Vragen stellen", "Asking questions"),
    "vacancy.rule.channel": ("Kanaal", "Channel"),
    "vacancy.rule.gendered_language": ("Genderneutraal", "Gender-neutral"),
    "vacancy.rule.length": ("Lengte", "Length"),
    "vacancy.rule.readability": ("Leesbaarheid (B1)", "Readability (B1)"),
    "vacancy.rule.cliches": ("Clichés", "Clichés"),
    "vacancy.why.salary": (
        "Vermeld het loon: 'competitief loon' zegt niets (seed-artikel 004). De Europese "
        "richtlijn loontransparantie (2023/970, art. 5) vraagt een bedrag of bandbreedte.",
        "State the salary: 'competitive salary' says nothing (seed article 004). The EU Pay "
        "Transparency Directive (2023/970, art. 5) asks for a figure or range.",
    ),
    "vacancy.why.benefits": (
        "Zet voordelen meteen in de kijker (seed-artikel 004).",
        "Show benefits upfront (seed article 004).",
    ),
    "vacancy.why.career": (
        "Maak loopbaanperspectief concreet; 'doorgroeimogelijkheden' zegt niets (seed-artikel 004).",
        "Make career perspectives concrete; 'growth opportunities' says nothing (seed article 004).",
    ),
    "vacancy.why.apply": (
        "Een goed zichtbare 'Solliciteren'-knop (seed-artikel 004).",
        "A clearly visible 'Apply' button (seed article 004).",
    ),
    "vacancy.why.questions": (
        "Maak interactie mogelijk: 'Vragen?' (seed-artikel 004).",
        "Make interaction possible: 'Questions?' (seed article 004).",
    ),
    "vacancy.why.channel": (
        "Niet alleen op persoonlijke netwerken zoals Facebook: gebruik professionele netwerken (seed-artikel 004).",
        "Not only on personal networks such as Facebook: use professional networks (seed article 004).",
    ),
    "vacancy.why.gendered_language": (
        "Mannelijk gecodeerde woorden maken vacatures minder aantrekkelijk voor vrouwen (Gaucher e.a. 2011; Universiteit Antwerpen).",
        "Masculine-coded words make job ads less appealing to women (Gaucher et al. 2011; University of Antwerp).",
    ),
    "vacancy.why.length": (
        "Vacatures van 300–700 woorden presteren het best (Textio).",
        "Posts of 300–700 words perform best (Textio).",
    ),
    "vacancy.why.readability": (
        "Schrijf op B1-niveau, dan begrijpt bijna iedereen je (Textmetrics).",
        "Write at B1 level, so almost everyone understands you (Textmetrics).",
    ),
    "vacancy.why.cliches": (
        "Lege woorden zeggen niets over het werk.",
        "Empty phrases say nothing about the job.",
    ),
    "vacancy.fix.salary": (
        "Noem een bedrag of bandbreedte met periode, bijvoorbeeld '€ 3.200 – € 4.100 bruto per maand'.",
        "Give a figure or range with a period, e.g. '€3,200–€4,100 gross per month'.",
    ),
    "vacancy.fix.benefits": (
        "Noem minstens twee concrete voordelen: vakantiegeld, 13e maand, pensioen, leaseauto, opleidingsbudget, thuiswerken.",
        "Name at least two concrete benefits: holiday allowance, 13th month, pension, lease car, training budget, hybrid work.",
    ),
    "vacancy.fix.career": (
        "Beschrijf een volgende stap: 'na twee jaar doorgroeien naar projectleider', of een opleidingstraject.",
        "Describe a next step: 'grow into project lead within two years', or a training path.",
    ),
    "vacancy.fix.apply": (
        "Zet een duidelijke oproep met een link: 'Solliciteer via werkenbij.nl/...'.",
        "Add a clear call with a link: 'Apply at careers.example.com/...'.",
    ),
    "vacancy.fix.questions": (
        "Noem een persoon met telefoon of e-mail: 'Vragen? Bel Eva de Jong, 010 123 4567'.",
        "Name a person with phone or email: 'Questions? Call Emma Smith, +44 20 ...'.",
    ),
    "vacancy.fix.channel": (
        "Plaats de vacature ook op LinkedIn, een vacaturesite of je werkenbij-site.",
        "Also post it on LinkedIn, a job board or your careers site.",
    ),
    "vacancy.fix.gendered_language": (
        "Vervang mannelijk gecodeerde woorden door neutrale (zie hieronder) en zet (m/v/x) achter de titel.",
        "Replace masculine-coded words with neutral ones (see below).",
    ),
    "vacancy.fix.length": ("Maak de tekst 300 tot 700 woorden.", "Make the text 300 to 700 words."),
    "vacancy.fix.readability": (
        "Maak zinnen korter (gemiddeld onder de 15 woorden) en kies gewone woorden.",
        "Shorten sentences (under 15 words on average) and use everyday words.",
    ),
    "vacancy.fix.readability_words": (
        "De zinnen zijn al kort genoeg; het zijn de lange woorden. Kies kortere, gewone woorden "
        "(‘werk’ in plaats van ‘werkzaamheden’) en knip samenstellingen op.",
        "The sentences are short enough already; it is the long words. Choose shorter, everyday "
        "words and break up long compounds.",
    ),
    "vacancy.fix.cliches": (
        "Schrap de clichés of maak ze concreet: wat doe je echt, met wie?",
        "Cut the clichés or make them concrete: what does the job really involve?",
    ),
    # --- ambassadors ------------------------------------------------------------------------
    "amb.intro": (
        "Medewerkers die online over hun werk vertellen zijn goud waard, maar je vraagt ze ook meer tijd online door te brengen. Kies mensen die het leuk vinden, maak samen afspraken, faciliteer, laat het monitoren aan communicatie of HR, check regelmatig in — en bedank ze (seed-artikel 003).",
        "Employees who talk about their work online are invaluable, but you ask them to spend more time online. Choose people who enjoy it, agree a plan together, facilitate, leave monitoring to comms or HR, check in regularly — and thank them (seed article 003).",
    ),
    "amb.tab.care": ("Zorg", "Care"),
    "amb.demo_hint": (
        "Dit is de demodataset. Laad de voorbeeldlijst met de vijf ambassadeurs van Veldhuis Techniek (met toestemming en afspraken) om te zien hoe de pagina werkt.",
        "This is the demo dataset. Load the example list with Veldhuis Techniek's five ambassadors (with consent and agreements) to see how the page works.",
    ),
    "amb.demo_load": ("Voorbeeldlijst laden", "Load the example list"),
    "amb.demo_loaded": (
        "De vijf voorbeeldambassadeurs staan in de lijst.",
        "The five example ambassadors are in the list.",
    ),
    "amb.tab.roster": ("Ambassadeurs", "Ambassadors"),
    "amb.tab.data": ("Uit de data", "From the data"),
    "amb.tab.backup": ("Export en import", "Export and import"),
    "amb.care_help": (
        "Aandachtspunten voor een gesprek, geen ranglijst. Activiteit wordt alleen bekeken voor ambassadeurs met vastgelegde toestemming, tot en met {date}.",
        "Prompts for a conversation, not a leaderboard. Activity is only looked at for ambassadors whose consent is recorded, up to {date}.",
    ),
    "amb.care_none": ("Niets dat aandacht vraagt. Mooi zo.", "Nothing that needs attention. Good."),
    "amb.signal.checkin_overdue": (
        "{name}: check-in is {days} dagen over tijd (gepland {due}).",
        "{name}: check-in is {days} days overdue (planned {due}).",
    ),
    "amb.signal.checkin_due": (
        "{name}: check-in binnen {days} dagen (gepland {due}).",
        "{name}: check-in due within {days} days (planned {due}).",
    ),
    "amb.signal.over_hours": (
        "{name}: de laatste vier weken naar schatting {hours} uur per week online, afgesproken is maximaal {max}. Even navragen hoe het gaat?",
        "{name}: an estimated {hours} hours a week online over the last four weeks, against an agreed maximum of {max}. Worth asking how it is going?",
    ),
    "amb.signal.late_night": (
        "{name}: {share} van de recente berichten ({posts}) is laat op de avond of 's nachts geplaatst. Past dat bij de afspraken?",
        "{name}: {share} of recent posts ({posts}) went out late in the evening or at night. Does that fit what was agreed?",
    ),
    "amb.signal.outside_hours": (
        "{name}: {share} van de recente berichten ({posts}) valt buiten de afgesproken uren.",
        "{name}: {share} of recent posts ({posts}) fall outside the agreed hours.",
    ),
    "amb.signal.weekends": (
        "{name}: {share} van de recente berichten ({posts}) in het weekend, terwijl dat niet is afgesproken.",
        "{name}: {share} of recent posts ({posts}) at weekends, which was not agreed.",
    ),
    "amb.signal.drop": (
        "{name}: plotseling minder actief ({now} per week, normaal {usual}). Alles goed?",
        "{name}: suddenly less active ({now} a week, usually {usual}). All well?",
    ),
    "amb.signal.thank": (
        "{name}: een recent bericht deed het goed ({engagements} interacties, normaal {usual}) en er is al even niet bedankt. Tijd voor een attentie of een woord van de directie?",
        "{name}: a recent post did well ({engagements} engagements, usually {usual}) and there has been no thank-you lately. Time for a small gesture or a word from management?",
    ),
    "amb.roster_empty": (
        "Nog geen ambassadeurs. Voeg kandidaten toe vanuit 'Uit de data' of hieronder.",
        "No ambassadors yet. Add candidates from 'From the data' or below.",
    ),
    "amb.col.name": ("Naam", "Name"),
    "amb.col.status": ("Status", "Status"),
    "amb.col.role": ("Functie", "Role"),
    "amb.col.consent": ("Toestemming", "Consent"),
    "amb.col.last_checkin": ("Laatste check-in", "Last check-in"),
    "amb.col.monitor": ("Monitort reacties", "Monitors reactions"),
    "amb.status.candidate": ("kandidaat", "candidate"),
    "amb.status.active": ("actief", "active"),
    "amb.status.paused": ("gepauzeerd", "paused"),
    "amb.status.alumni": ("oud-ambassadeur", "alumni"),
    "amb.pick": ("Bekijk of bewerk", "View or edit"),
    "amb.new": ("Nieuwe ambassadeur", "New ambassador"),
    "amb.add": ("Toevoegen", "Add"),
    "amb.added": ("{name} is toegevoegd als kandidaat.", "{name} was added as a candidate."),
    "amb.saved": ("Opgeslagen.", "Saved."),
    "amb.invalid": ("Niet opgeslagen: {error}", "Not saved: {error}"),
    "amb.profile": ("Profiel en afspraken", "Profile and agreements"),
    "amb.f.name": ("Naam", "Name"),
    "amb.f.role": ("Functie", "Role"),
    "amb.f.department": ("Afdeling", "Department"),
    "amb.f.handles": (
        "Accounts (platform:account, één per regel)",
        "Accounts (platform:account, one per line)",
    ),
    "amb.f.status": ("Status", "Status"),
    "amb.f.consent": ("Toestemming gegeven op", "Consent given on"),
    "amb.f.has_consent": ("Toestemming is vastgelegd", "Consent is recorded"),
    "amb.f.scope": ("Waarvoor (komma-gescheiden)", "For what (comma-separated)"),
    "amb.f.max_hours": ("Maximaal uren per week", "Maximum hours a week"),
    "amb.f.window": ("Afgesproken online-uren", "Agreed online hours"),
    "amb.f.weekends": ("Weekend hoort bij de afspraak", "Weekends are part of the agreement"),
    "amb.f.window_agreed": ("Online-uren zijn afgesproken", "Online hours were agreed"),
    "amb.f.compensation": ("Compensatie voor de tijd", "Compensation for the time"),
    "amb.f.training": (
        "Gevolgde trainingen (komma-gescheiden)",
        "Training followed (comma-separated)",
    ),
    "amb.f.materials": (
        "Ontvangen materiaal (komma-gescheiden)",
        "Materials received (comma-separated)",
    ),
    "amb.f.monitor": (
        "Collega (communicatie/HR) die reacties monitort",
        "Colleague (comms/HR) who monitors reactions",
    ),
    "amb.f.interval": ("Dagen tussen check-ins", "Days between check-ins"),
    "amb.f.notes": ("Notities", "Notes"),
    "amb.save": ("Opslaan", "Save"),
    "amb.checkin": ("Check-in vastleggen", "Log a check-in"),
    "amb.c.date": ("Datum", "Date"),
    "amb.c.how": ("Hoe gaat het?", "How is it going?"),
    "amb.c.hard": ("Wat is lastig?", "What is hard?"),
    "amb.c.needs": ("Wat heb je nodig?", "What do you need?"),
    "amb.c.fits": ("Past het binnen de werkuren?", "Does it fit working hours?"),
    "amb.c.yes": ("ja", "yes"),
    "amb.c.no": ("nee", "no"),
    "amb.c.not_fitting": ("past niet binnen de werkuren —", "does not fit working hours —"),
    "amb.c.log": ("Check-in opslaan", "Save check-in"),
    "amb.thanks": ("Waardering vastleggen", "Log appreciation"),
    "amb.t.what": ("Wat", "What"),
    "amb.t.by": ("Van wie", "From whom"),
    "amb.t.log": ("Waardering opslaan", "Save appreciation"),
    "amb.history": ("Check-ins en waardering", "Check-ins and appreciation"),
    "amb.activity": ("Activiteit", "Activity"),
    "amb.no_consent": (
        "Nog geen toestemming vastgelegd: er wordt niets over deze persoon uit de data gehaald.",
        "No consent recorded yet: nothing about this person is taken from the data.",
    ),
    "amb.a.posts": ("Berichten", "Posts"),
    "amb.a.reach": ("Bereik", "Reach"),
    "amb.a.engagement": ("Mediaan interacties", "Median engagements"),
    "amb.a.positive": ("Positief", "Positive"),
    "amb.a.topics": ("Onderwerpen: {topics}", "Topics: {topics}"),
    "amb.candidates": ("Kandidaat-ambassadeurs", "Candidate ambassadors"),
    "amb.candidates_help": (
        "Mensen die vaak en positief over de eigen organisatie posten. Getoond onder een schuilnaam tot hun toestemming is vastgelegd.",
        "People who post often and positively about the own organisation. Shown under a pseudonym until their consent is recorded.",
    ),
    "amb.fans": ("Fans", "Fans"),
    "amb.fans_help": (
        "Mensen die berichten van de organisatie het vaakst delen en erop reageren.",
        "People who share and respond to the organisation's posts most.",
    ),
    "amb.col.kind": ("Soort", "Kind"),
    "amb.col.posts": ("Berichten", "Posts"),
    "amb.col.positive": ("Positief", "Positive"),
    "amb.col.reach": ("Bereik", "Reach"),
    "amb.col.topics": ("Onderwerpen", "Topics"),
    "amb.col.interactions": ("Interacties", "Interactions"),
    "amb.col.shares": ("Gedeeld", "Shares"),
    "amb.add_candidate": ("Toevoegen aan ambassadeurs: {label}", "Add to ambassadors: {label}"),
    "amb.in_roster": ("Al in de lijst", "Already in the list"),
    "amb.none_found": ("Niemand gevonden in deze dataset.", "Nobody found in this dataset."),
    "amb.kind.employee": ("medewerker", "employee"),
    "amb.pseudo.ambassador": ("ambassadeur", "ambassador"),
    "amb.pseudo.employee": ("medewerker", "employee"),
    "amb.pseudo.person": ("persoon", "person"),
    "amb.pseudo.fan": ("fan", "fan"),
    "amb.kind.public": ("publiek", "public"),
    "amb.export": (
        "Download de lijst (JSON, zonder toestemming geanonimiseerd)",
        "Download the list (JSON, pseudonymised without consent)",
    ),
    "amb.backup": ("Download volledige back-up (JSON)", "Download full backup (JSON)"),
    "amb.import": ("Back-up terugzetten (JSON)", "Restore a backup (JSON)"),
    "amb.imported": ("{count} ambassadeurs ingelezen.", "{count} ambassadors imported."),
    "amb.import_failed": (
        "Niet ingelezen, er is niets veranderd: {error}",
        "Not imported, nothing changed: {error}",
    ),
    "amb.import_button": ("Terugzetten", "Restore"),
    "category.vacancy": ("vacatures", "vacancies"),
    "category.referral": ("aanbrengen", "referrals"),
    "category.event": ("evenementen", "events"),
    "category.training": ("opleiding", "training"),
    "category.pay": ("salaris", "pay"),
    "category.workload": ("werkdruk", "workload"),
    "category.talent_pool": ("talentpool", "talent pool"),
    "category.project": ("projecten", "projects"),
    "category.story": ("team en verhalen", "team stories"),
    "category.other": ("overig", "other"),
    # --- competitors ------------------------------------------------------------------------
    "comp.intro": (
        "Hoe doen we het naast de werkgevers waarmee we om talent concurreren? Elke definitie is een keuze, met de formule erbij; wat de data niet kan dragen, staat als niet beschikbaar — nooit als nul.",
        "How do we compare with the employers we compete with for talent? Every definition is a choice, with its formula; what the data cannot support is shown as unavailable — never as zero.",
    ),
    "comp.employers": ("Werkgevers", "Employers"),
    "comp.period": ("Periode", "Period"),
    "comp.compare": ("Vergeleken met {start} – {end}", "Compared with {start} – {end}"),
    "comp.sov": ("Share of voice op basis van", "Share of voice by"),
    "comp.rate": ("Engagement rate", "Engagement rate"),
    "comp.aggregation": ("Gemiddelde", "Average"),
    "comp.def.mentions": ("vermeldingen", "mentions"),
    "comp.def.own_posts": ("eigen berichten", "own posts"),
    "comp.def.reach": ("bereik", "reach"),
    "comp.def.engagement": ("interacties", "engagement"),
    "comp.def.er_impressions": ("per impressie", "per impression"),
    "comp.def.er_reach": ("per bereik", "per reach"),
    "comp.def.er_followers": ("per volger", "per follower"),
    "comp.def.mean_of_ratios": ("gemiddelde van de berichten", "mean of per-post ratios"),
    "comp.def.ratio_of_totals": ("totaal ÷ totaal", "ratio of totals"),
    "comp.ranking": ("Ranglijst", "Ranking"),
    "comp.m.posts_per_week": ("Berichten per week", "Posts per week"),
    "comp.m.mentions": ("Vermeldingen", "Mentions"),
    "comp.own_mark": ("{name} (eigen organisatie)", "{name} (own organisation)"),
    "comp.f.mentions": (
        "Berichten over de werkgever die niet van zijn eigen accounts komen (medewerkers, "
        "kandidaten, fans, critici, media; gedeelde berichten tellen mee) — dezelfde telling "
        "als op Start en Luisteren.",
        "Posts about the employer not by its own accounts (employees, candidates, fans, critics, "
        "media; shares count) — the same count as on Start and Listening.",
    ),
    "comp.m.sov": ("Share of voice", "Share of voice"),
    "comp.m.rate": ("Engagement rate", "Engagement rate"),
    "comp.m.median_engagements": ("Mediaan interacties", "Median engagements"),
    "comp.m.growth": ("Groei volgers", "Follower growth"),
    "comp.m.positive": ("Positief", "Positive"),
    "comp.m.negative": ("Negatief", "Negative"),
    "comp.m.bhi": ("Brand Health Index", "Brand Health Index"),
    "comp.col.employer": ("Werkgever", "Employer"),
    "comp.unavailable": ("n.b.", "n/a"),
    "comp.how": ("Hoe wordt dit berekend?", "How is this computed?"),
    "comp.f.posts_per_week": (
        "Berichten van de accounts van de werkgever (zonder antwoorden) ÷ weken in de periode.",
        "Posts by the employer's accounts (replies left out) ÷ weeks in the period.",
    ),
    "comp.f.sov.mentions": (
        "Vermeldingen van de werkgever ÷ vermeldingen van alle gekozen werkgevers.",
        "Mentions of the employer ÷ mentions of all chosen employers.",
    ),
    "comp.f.sov.own_posts": (
        "Berichten van de accounts van de werkgever ÷ berichten van de accounts van alle gekozen werkgevers.",
        "Posts by the employer's accounts ÷ posts by all chosen employers' accounts.",
    ),
    "comp.f.sov.reach": (
        "Bereik van berichten van en over de werkgever ÷ dat van alle gekozen werkgevers.",
        "Reach of posts by and about the employer ÷ that of all chosen employers.",
    ),
    "comp.f.sov.engagement": (
        "Interacties op berichten van en over de werkgever ÷ die van alle gekozen werkgevers.",
        "Engagements on posts by and about the employer ÷ those of all chosen employers.",
    ),
    "comp.f.rate": (
        "Interacties ÷ {denominator}, over de berichten van de accounts; {aggregation}.",
        "Engagements ÷ {denominator}, over the accounts' posts; {aggregation}.",
    ),
    "comp.f.den.er_impressions": ("impressies", "impressions"),
    "comp.f.den.er_reach": ("bereik", "reach"),
    "comp.f.den.er_followers": ("volgers van het account", "followers of the account"),
    "comp.f.agg.mean_of_ratios": (
        "het gemiddelde van de rate per bericht",
        "the average of each post's rate",
    ),
    "comp.f.agg.ratio_of_totals": (
        "alle interacties ÷ alle noemers samen",
        "all engagements ÷ all denominators together",
    ),
    "comp.f.median_engagements": (
        "Mediaan van reacties + commentaren + gedeeld per bericht van de accounts.",
        "Median of reactions + comments + shares per account post.",
    ),
    "comp.f.growth": (
        "Volgers van de accounts aan het eind ÷ aan het begin van de periode, − 1 (per platform het eerste en laatste getal, opgeteld).",
        "Followers of the accounts at the end ÷ at the start of the period, − 1 (per platform the first and last count, summed).",
    ),
    "comp.f.sentiment": (
        "Aandeel positieve en negatieve vermeldingen onder de vermeldingen met sentiment. Brand Health Index = positief ÷ (positief + negatief).",
        "Share of positive and negative mentions among mentions with sentiment. Brand Health Index = positive ÷ (positive + negative).",
    ),
    "comp.f.change": (
        "Tussen haakjes: het verschil met de vergelijkingsperiode (procentpunten bij percentages).",
        "In brackets: the change against the comparison period (percentage points for percentages).",
    ),
    "comp.reason.no_mentions": ("geen vermeldingen in de data", "no mentions in the data"),
    "comp.reason.no_own_posts": ("geen berichten van accounts", "no account posts"),
    "comp.reason.no_reach": ("geen bereik in de data", "no reach in the data"),
    "comp.reason.no_engagement": ("geen interacties in de data", "no engagement in the data"),
    "comp.reason.no_impressions": ("geen impressies in de data", "no impressions in the data"),
    "comp.reason.no_followers": (
        "geen volgersaantallen in de data",
        "no follower counts in the data",
    ),
    "comp.reason.no_sentiment": ("geen sentiment in de data", "no sentiment in the data"),
    "comp.reason.no_polar": ("alleen neutrale vermeldingen", "only neutral mentions"),
    "comp.unavailable_note": ("Niet beschikbaar: {items}.", "Unavailable: {items}."),
    "comp.per_platform": ("Berichten per week per platform", "Posts per week per platform"),
    "comp.mix": ("Inhoud: waar investeert wie?", "Content: where does who invest?"),
    "comp.mix_help": (
        "Per werkgever het aandeel berichten per soort activiteit naast het aandeel interacties dat die activiteit oplevert. Soorten volgens vaste trefwoorden (vacatures, verhalen, aanbrengen, talentpool, evenementen, ...); hoofdthema's zoals de pagina Thema's ze vond (per werkgever de 7 grootste, de rest samen als overig).",
        "Per employer the share of posts per kind of activity next to the share of engagement it brings. Kinds by fixed keywords (vacancies, stories, referrals, talent pool, events, ...); main themes as the Themes page found them (per employer the 7 largest, the rest together as other).",
    ),
    "comp.mix_posts": ("Aandeel berichten", "Share of posts"),
    "comp.mix_engagement": ("Aandeel interacties", "Share of engagement"),
    "comp.category": ("Soort", "Kind"),
    "comp.over_time": ("Door de tijd", "Over time"),
    "comp.weekly_posts": ("Berichten per week", "Posts per week"),
    "comp.weekly_engagement": ("Interacties per week", "Engagement per week"),
    "comp.weekly_sov": ("Share of voice per week", "Share of voice per week"),
    "comp.week": ("Week", "Week"),
    "comp.top": ("Best scorende berichten", "Top posts"),
    "comp.col.date": ("Datum", "Date"),
    "comp.col.text": ("Tekst", "Text"),
    "comp.col.engagements": ("Interacties", "Engagements"),
    "comp.download_xlsx": (
        "Download de benchmark (Excel, één blad per overzicht)",
        "Download the benchmark (Excel, one sheet per view)",
    ),
    "comp.png": ("PNG", "PNG"),
    "comp.svg": ("SVG", "SVG"),
    "comp.need_two": ("Kies minstens één werkgever.", "Choose at least one employer."),
    "comp.no_employers": (
        "Deze dataset noemt geen werkgevers. Geef op de pagina Data aan wie de eigen organisatie en de concurrenten zijn.",
        "This dataset names no employers. Say on the Data page who the own organisation and the competitors are.",
    ),
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
    "themes.intro": (
        "Berichten gegroepeerd op betekenis, in elke formulering en in het Nederlands, Engels of "
        "Frans: een handvol hoofdthema's, elk met zijn subthema's. Per thema: hoeveel, hoe het "
        "scoort, het sentiment, de trend, waar en over wie.",
        "Posts grouped by meaning, in any wording and in Dutch, English or French: a handful of "
        "main themes, each with its sub-themes. Per theme: how many, how it performs, "
        "sentiment, trend, where and about whom.",
    ),
    "bg.reading": (
        "Teksten lezen op de achtergrond: {done} van {total} — nog ongeveer {left}",
        "Reading texts in the background: {done} of {total} — about {left} left",
    ),
    "bg.meanwhile": (
        "De andere pagina's werken intussen gewoon. Deze pagina vult zich vanzelf als het "
        "lezen klaar is; de gelezen teksten blijven bewaard.",
        "Other pages work as usual meanwhile. This page fills in by itself when reading is "
        "done; texts once read are kept.",
    ),
    "bg.failed": (
        "Het lezen van de teksten is mislukt ({error}). Laad de pagina opnieuw om het nog eens "
        "te proberen.",
        "Reading the texts failed ({error}). Reload the page to try again.",
    ),
    "listen.src.reading": (
        "Sentiment komt voorlopig uit woordenlijsten: de teksten worden op de achtergrond "
        "gelezen ({done} van {total}); daarna uit de betekenis.",
        "Sentiment comes from word lists for now: the texts are being read in the background "
        "({done} of {total}); then from meaning.",
    ),
    "themes.working": ("Thema's zoeken…", "Finding themes…"),
    "themes.encoding": (
        "Teksten lezen: {done} van {total} — nog ongeveer {left} s",
        "Reading texts: {done} of {total} — about {left} s left",
    ),
    "themes.theme": ("Thema", "Theme"),
    "themes.sub_theme": ("Subthema", "Sub-theme"),
    "themes.granularity": ("Aantal hoofdthema's", "Number of main themes"),
    "themes.granularity_help": (
        "Automatisch kiest 6 tot 15 hoofdthema's, het aantal waarbij de subthema's het best bij "
        "hun eigen hoofdthema passen (silhouet). Minder voegt verwante hoofdthema's samen, meer "
        "splitst ze. De subthema's en de berekening van de betekenis blijven gelijk, dus dit "
        "gaat direct.",
        "Automatic picks 6 to 15 main themes, the number at which the sub-themes fit their own "
        "main theme best (silhouette). Fewer joins related main themes, more splits them. The "
        "sub-themes and the reading of meaning stay the same, so this is instant.",
    ),
    "themes.g.fewest": ("veel minder", "far fewer"),
    "themes.g.fewer": ("minder", "fewer"),
    "themes.g.auto": ("automatisch", "automatic"),
    "themes.g.more": ("meer", "more"),
    "themes.g.most": ("veel meer", "far more"),
    "themes.budget": ("Maximaal niet ingedeeld", "At most unassigned"),
    "themes.budget_help": (
        "Berichten die nergens goed bij passen mogen buiten de thema's blijven, maar nooit meer "
        "dan dit deel. 0% deelt alles in.",
        "Posts that fit no theme well may stay outside the themes, but never more than this "
        "share. 0% assigns everything.",
    ),
    "themes.model_hint": (
        "{share} van de berichten is niet Engels, en het ingebouwde model (all-MiniLM-L6-v2) is "
        "Engelstalig: het groepeert Nederlandse tekst vooral op gedeelde woorden. Met een "
        "meertalig model (instelling `model`, bijv. paraphrase-multilingual-MiniLM-L12-v2 in een "
        "lokale map) worden de thema's inhoudelijker.",
        "{share} of the posts are not in English, and the bundled model (all-MiniLM-L6-v2) reads "
        "English: it groups Dutch text mostly by shared words. A multilingual model (setting "
        "`model`, e.g. paraphrase-multilingual-MiniLM-L12-v2 in a local folder) gives themes "
        "closer to the meaning.",
    ),
    "themes.count": ("Hoofdthema's", "Main themes"),
    "themes.sub_count": ("Subthema's", "Sub-themes"),
    "themes.posts": ("Berichten", "Posts"),
    "themes.unassigned": ("Niet ingedeeld", "Unassigned"),
    "themes.how": (
        "Model: {model}. Automatische keuze: {auto} hoofdthema's met samen {fine} subthema's. "
        "{encoded} nieuwe teksten gelezen; klaar in {seconds} s (eerder gelezen teksten komen "
        "uit de cache).",
        "Model: {model}. Automatic choice: {auto} main themes holding {fine} sub-themes. "
        "{encoded} new texts read; done in {seconds} s (texts read before come from the cache).",
    ),
    "themes.none": (
        "Geen thema's: de berichten hebben geen tekst.",
        "No themes: the posts have no text.",
    ),
    "themes.tab.overview": ("Overzicht", "Overview"),
    "themes.tab.detail": ("Thema bekijken en benoemen", "Look at and name a theme"),
    "themes.tab.map": ("Kaart", "Map"),
    "themes.tab.search": ("Zoeken op betekenis", "Search by meaning"),
    "themes.col.name": ("Thema", "Theme"),
    "themes.col.subs": ("Subthema's", "Sub-themes"),
    "themes.col.subs_help": (
        "Hoeveel subthema's dit hoofdthema bevat; kies het hieronder om ze te zien.",
        "How many sub-themes this main theme holds; pick it below to see them.",
    ),
    "themes.open_main": ("Subthema's tonen van", "Show the sub-themes of"),
    "themes.subs_of": (
        "Subthema's van ‘{name}’ (aandeel: van alle berichten).",
        "Sub-themes of ‘{name}’ (share: of all posts).",
    ),
    "themes.col.posts": ("Berichten", "Posts"),
    "themes.col.share": ("Aandeel", "Share"),
    "themes.col.rate": ("Mediane ER", "Median ER"),
    "themes.col.rate_help": (
        "Mediaan van de {rate} van de berichten in het thema.",
        "Median {rate} of the theme's posts.",
    ),
    "themes.col.positive": ("Positief", "Positive"),
    "themes.col.negative": ("Negatief", "Negative"),
    "themes.col.own": ("Over {own}", "About {own}"),
    "themes.col.platform": ("Vooral op", "Mostly on"),
    "themes.col.trend": ("Per maand", "Per month"),
    "themes.col.change": ("Laatste 90 dagen", "Last 90 days"),
    "themes.col.change_help": (
        "Berichten in de laatste 90 dagen tegenover de 90 dagen daarvoor.",
        "Posts in the last 90 days compared with the 90 days before.",
    ),
    "themes.pick": ("Hoofdthema", "Main theme"),
    "themes.pick_sub": ("Subthema", "Sub-theme"),
    "themes.all_subs": (
        "Het hele hoofdthema ({n} subthema's)",
        "The whole main theme ({n} sub-themes)",
    ),
    "themes.keywords": ("Kenmerkende woorden", "Distinctive words"),
    "themes.detail_line": (
        "{posts} berichten, {share} van alle berichten.",
        "{posts} posts, {share} of all posts.",
    ),
    "themes.examples": ("Typerende berichten", "Typical posts"),
    "themes.by_platform": ("Per platform", "By platform"),
    "themes.by_employer": ("Per werkgever", "By employer"),
    "themes.employer": ("Werkgever", "Employer"),
    "themes.no_employer": ("(geen)", "(none)"),
    "themes.month": ("Maand", "Month"),
    "themes.edit": ("Naam en samenvoegen", "Name and merge"),
    "themes.rename": ("Naam", "Name"),
    "themes.merge": ("Samenvoegen met", "Merge with"),
    "themes.merge_help": (
        "De gekozen thema's gaan op in dit thema, onder de naam hierboven.",
        "The chosen themes become part of this theme, under the name above.",
    ),
    "themes.merge_placeholder": ("Kies thema's", "Choose themes"),
    "themes.save": ("Opslaan", "Save"),
    "themes.empty_name": ("Geef het thema een naam.", "Give the theme a name."),
    "themes.saved": (
        "Opgeslagen: ‘{name}’. De naam blijft staan bij een nieuwe berekening en bij nieuwe data die overlapt.",
        "Saved: ‘{name}’. The name stays through a re-run and through new data that overlaps.",
    ),
    "themes.reset": (
        "Automatische naam terug (en samenvoegen ongedaan maken)",
        "Back to the automatic name (and undo the merge)",
    ),
    "themes.reset_done": ("Automatische naam terug.", "Automatic name restored."),
    "themes.other": ("overige thema's", "other themes"),
    "themes.map_help": (
        "{shown} berichten; elke stip is een bericht, dicht bij elkaar = vergelijkbaar. Kleur "
        "voor de {top} grootste thema's. Wijs een stip aan voor de tekst; scroll om te zoomen.",
        "{shown} posts; each dot is a post, close together = alike. Colour for the {top} largest "
        "themes. Point at a dot for its text; scroll to zoom.",
    ),
    "themes.text": ("Tekst", "Text"),
    "themes.date": ("Datum", "Date"),
    "themes.search": (
        "Zoek berichten die hetzelfde bedoelen als…",
        "Find posts that mean the same as…",
    ),
    "themes.search_placeholder": ("bijv. te veel overuren", "e.g. too much overtime"),
    "themes.search_help": (
        "Typ een zin: je krijgt de 20 berichten die er in betekenis het dichtst bij liggen, ook "
        "als ze andere woorden gebruiken.",
        "Type a sentence: you get the 20 posts closest to it in meaning, even when they use "
        "other words.",
    ),
    "themes.search_none": ("Niets gevonden.", "Nothing found."),
    "themes.similarity": ("Overeenkomst", "Similarity"),
    "themes.download_csv": ("Berichten met thema (CSV)", "Posts with theme (CSV)"),
    "themes.download_xlsx": ("Thema's en berichten (Excel)", "Themes and posts (Excel)"),
    "amb.col.themes": ("Thema's (pagina Thema's)", "Themes (Themes page)"),
    "comp.mix_by": ("Indelen naar", "Group by"),
    "comp.mix_by_category": ("soort activiteit", "kind of activity"),
    "comp.mix_by_theme": ("thema (pagina Thema's)", "theme (Themes page)"),
    "comp.mix_themes_hint": (
        "Open eerst de pagina Thema's om de mix ook per thema te zien.",
        "Open the Themes page first to see the mix by theme as well.",
    ),
    "listen.intro": (
        "Wat er over jullie als werkgever gezegd wordt (en over de concurrenten), wat nog een "
        "antwoord nodig heeft, wie het gesprek voert en over welke thema's.",
        "What is said about you as an employer (and about the competitors), what still needs an "
        "answer, who drives the conversation and on which themes.",
    ),
    "listen.no_employers": (
        "Er staat geen werkgever in de data. Geef op de pagina Data aan wie wie is.",
        "The data names no employer. Say who is who on the Data page.",
    ),
    "listen.employer": ("Werkgever", "Employer"),
    "listen.period": ("Periode", "Period"),
    "listen.src.intro": ("Sentiment van de vermeldingen:", "Sentiment of the mentions:"),
    "listen.src.export": ("{n} uit de export", "{n} from the export"),
    "listen.src.learned": (
        "{n} geleerd van de {rows} berichten met sentiment in deze dataset (kruisvalidatie: "
        "{accuracy} juist)",
        "{n} learned from the {rows} posts with sentiment in this dataset (cross-validated: "
        "{accuracy} right)",
    ),
    "listen.src.meaning": (
        "{n} berekend uit de betekenis (voorbeeldzinnen in Nederlands, Engels en Frans plus "
        "woordenlijsten; gemeten 89% juist op Nederlandse reviews, zie docs/BENCHMARKS.md)",
        "{n} computed from meaning (example sentences in Dutch, English and French plus word "
        "lists; measured 89% right on Dutch reviews, see docs/BENCHMARKS.md)",
    ),
    "listen.src.lexicon": (
        "{n} uit woordenlijsten alleen (te veel teksten om nu te lezen; gemeten 73% juist)",
        "{n} from word lists only (too many texts to read now; measured 73% right)",
    ),
    "listen.tab.reputation": ("Reputatie", "Reputation"),
    "listen.tab.queue": ("Reageren", "Response queue"),
    "listen.tab.voices": ("Wie praat er", "Voices"),
    "listen.tab.topics": ("Onderwerpen", "Topics"),
    "listen.mentions": ("Vermeldingen", "Mentions"),
    "listen.positive": ("Positief", "Positive"),
    "listen.negative": ("Negatief", "Negative"),
    "listen.positive_n": ("Positief (aantal)", "Positive (count)"),
    "listen.negative_n": ("Negatief (aantal)", "Negative (count)"),
    "listen.bhi": ("Brand Health Index", "Brand Health Index"),
    "listen.bhi_help": (
        "Positief ÷ (positief + negatief), van de vermeldingen in de periode; het verschil is "
        "met de periode ervoor, in procentpunten.",
        "Positive ÷ (positive + negative), of the period's mentions; the change is against the "
        "period before, in percentage points.",
    ),
    "listen.no_mentions": ("Geen vermeldingen in deze periode.", "No mentions in this period."),
    "listen.week": ("Week", "Week"),
    "listen.weekly_help": (
        "Vermeldingen per week (iedereen behalve de eigen accounts), naar sentiment. Stippellijn: "
        "de verwachting (mediaan van de 8 weken ervoor). ▲ = piek: duidelijk meer vermeldingen, "
        "of meer negatieve, dan verwacht.",
        "Mentions per week (everyone but the own accounts), by sentiment. Dashed line: the "
        "expectation (median of the 8 weeks before). ▲ = spike: clearly more mentions, or more "
        "negative ones, than expected.",
    ),
    "listen.spikes": ("Pieken en wat erachter zit", "Spikes and what is behind them"),
    "listen.no_spikes": (
        "Geen pieken: het aantal vermeldingen bleef binnen de verwachting.",
        "No spikes: the number of mentions stayed within expectations.",
    ),
    "listen.spike_title": ("Piek van {start} tot {end}", "Spike from {start} to {end}"),
    "listen.spike_line": (
        "{mentions} vermeldingen waar {baseline} verwacht werden; {negative} negatief waar "
        "{negative_baseline} verwacht werden.",
        "{mentions} mentions where {baseline} were expected; {negative} negative where "
        "{negative_baseline} were expected.",
    ),
    "listen.spike_words": (
        "Wat opvalt in de woorden: {words}",
        "What stands out in the words: {words}",
    ),
    "listen.spike_themes": (
        "Thema's die meer voorkwamen: {themes}",
        "Themes that came up more: {themes}",
    ),
    "listen.spike_no_themes": (
        "Open de pagina Thema's om pieken ook met thema's uit te leggen.",
        "Open the Themes page to explain spikes with themes as well.",
    ),
    "listen.silence": ("Stilte", "Silence"),
    "listen.silent": (
        "{start} – {end}: {days} dagen zonder één vermelding",
        "{start} – {end}: {days} days without a single mention",
    ),
    "listen.silence_help": (
        "Stilte zegt ook iets: niemand praat over jullie als werkgever. Was er niets te delen, "
        "of ontbreekt er data in de export?",
        "Silence says something too: nobody talks about you as an employer. Was there nothing "
        "to share, or is data missing from the export?",
    ),
    "listen.no_silence": (
        "Geen stille periodes van {days} dagen of langer.",
        "No silent periods of {days} days or longer.",
    ),
    "listen.queue_intro": (
        "Vragen aan of over de werkgever (direct: een reactie op jullie bericht of met jullie "
        "account erin; indirect: erover) en klachten. Prioriteit telt bereik van de schrijver, "
        "negativiteit, wachttijd en of het direct aan jullie gericht is.",
        "Questions to or about the employer (direct: a reply to your post or naming your "
        "account; indirect: about you) and complaints. Priority weighs the author's reach, "
        "negativity, waiting time and whether it was addressed to you.",
    ),
    "listen.status.open": ("open", "open"),
    "listen.status.answered": ("beantwoord", "answered"),
    "listen.status.no_reply": ("geen reactie nodig", "no reply needed"),
    "listen.reason.question": ("vraag", "question"),
    "listen.reason.complaint": ("klacht", "complaint"),
    "listen.level.high": ("hoog", "high"),
    "listen.level.medium": ("middel", "medium"),
    "listen.level.low": ("laag", "low"),
    "listen.direct": ("direct", "direct"),
    "listen.indirect": ("indirect", "indirect"),
    "listen.show_status": ("Status", "Status"),
    "listen.show_reason": ("Soort", "Kind"),
    "listen.queue_empty": (
        "Niets in de wachtrij met deze keuze.",
        "Nothing in the queue with this choice.",
    ),
    "listen.queue_more": (
        "De eerste {shown} van {total} getoond.",
        "The first {shown} of {total} shown.",
    ),
    "listen.col.level": ("Prioriteit", "Priority"),
    "listen.col.priority": ("Score", "Score"),
    "listen.col.priority_help": (
        "0–100: 35% bereik (log-schaal tot 100.000), 30% negativiteit, 20% wachttijd (vol na 72 "
        "uur), 15% direct aan jullie gericht.",
        "0–100: 35% reach (log scale up to 100,000), 30% negativity, 20% waiting (full after 72 "
        "hours), 15% addressed to you directly.",
    ),
    "listen.col.reason": ("Soort", "Kind"),
    "listen.col.direct": ("Gericht", "Addressed"),
    "listen.col.text": ("Tekst", "Text"),
    "listen.col.author": ("Naam", "Name"),
    "listen.col.handle": ("Account", "Account"),
    "listen.col.reach": ("Bereik", "Reach"),
    "listen.col.when": ("Geplaatst", "Posted"),
    "listen.col.waited": ("Wacht (dagen)", "Waiting (days)"),
    "listen.col.status": ("Status", "Status"),
    "listen.col.owner": ("Wie pakt het op", "Owner"),
    "listen.col.link": ("Link", "Link"),
    "listen.col.engagements": ("Interacties", "Engagements"),
    "listen.col.theme": ("Thema", "Theme"),
    "listen.col.location": ("Plaats", "Place"),
    "listen.col.platforms": ("Platforms", "Platforms"),
    "listen.handle": ("Oppakken", "Handle an item"),
    "listen.item": ("Bericht", "Post"),
    "listen.nobody": ("(nog niemand)", "(nobody yet)"),
    "listen.owner_help": (
        "Een collega van communicatie of HR. Ambassadeurs staan hier bewust niet tussen: zij "
        "moeten niet alleen staan in reacties op hun berichten.",
        "A colleague from communications or HR. Ambassadors are deliberately not listed: they "
        "should not be left alone with reactions to their posts.",
    ),
    "listen.note": ("Notitie", "Note"),
    "listen.save": ("Opslaan", "Save"),
    "listen.saved": ("Opgeslagen: {status}.", "Saved: {status}."),
    "listen.save_error": (
        "Niet opgeslagen — controleer het veld: {field}",
        "Not saved — check the field: {field}",
    ),
    "listen.team": ("Team dat reageert", "Team that responds"),
    "listen.team_help": (
        "De collega's die vragen en klachten oppakken. Een ambassadeur kan niet worden toegevoegd.",
        "The colleagues who pick up questions and complaints. An ambassador cannot be added.",
    ),
    "listen.team_empty": ("Nog niemand toegevoegd.", "Nobody added yet."),
    "listen.team_name": ("Naam", "Name"),
    "listen.team_add": ("Toevoegen", "Add"),
    "listen.reply_times": ("Reactietijd", "Time to reply"),
    "listen.voices_intro": (
        "Wie over jullie praat, gesorteerd op bereik. Groepen: medewerkers (volgens de data), "
        "media (nieuwssites, blogs en namen als ‘nieuws’ of ‘vakblad’), kandidaten (vragen over "
        "vacatures of solliciteren), influencers (10.000 volgers of meer), overig.",
        "Who talks about you, sorted by reach. Groups: employees (as the data says), media "
        "(news sites, blogs and names like ‘news’ or ‘magazine’), candidates (questions about "
        "vacancies or applying), influencers (10,000 followers or more), other.",
    ),
    "listen.segment": ("Groep", "Group"),
    "listen.segment.employee": ("medewerkers", "employees"),
    "listen.segment.candidate": ("kandidaten", "candidates"),
    "listen.segment.media": ("media", "media"),
    "listen.segment.influencer": ("influencers", "influencers"),
    "listen.segment.other": ("overig", "other"),
    "listen.geography": ("Waar (volgens de export)", "Where (as the export says)"),
    "listen.topics_need_themes": (
        "Onderwerpen gebruiken de thema's van de pagina Thema's. Die zijn voor deze dataset nog "
        "niet berekend.",
        "Topics use the themes of the Themes page. They have not been computed for this "
        "dataset yet.",
    ),
    "listen.topics_compute": ("Thema's nu berekenen", "Compute the themes now"),
    "listen.topics_positive": ("Thema's van positieve vermeldingen", "Themes of positive mentions"),
    "listen.topics_negative": ("Thema's van negatieve vermeldingen", "Themes of negative mentions"),
    "listen.topics_new": ("Nieuw deze periode", "New this period"),
    "listen.topics_none_new": (
        "Geen nieuwe thema's ten opzichte van de periode ervoor.",
        "No new themes compared with the period before.",
    ),
    "listen.previous": ("Periode ervoor", "Period before"),
    "listen.change": ("Verandering", "Change"),
    "listen.new": ("Nieuw", "New"),
    "sentiment.positive": ("positief", "positive"),
    "sentiment.neutral": ("neutraal", "neutral"),
    "sentiment.negative": ("negatief", "negative"),
    "sentiment.unknown": ("onbekend", "unknown"),
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
