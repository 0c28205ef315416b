"""Phrase banks for the demo dataset: what each kind of author says about each theme.

Every theme has its own vocabulary so that grouping by meaning can find it back. Placeholders:
``{employer}``, ``{role}``, ``{city}``, ``{n}``, ``{amount}``, ``{month}``, ``{handle}``.
"""

from __future__ import annotations

ROLES_NL = (
    "servicemonteur",
    "projectleider installatietechniek",
    "werkvoorbereider",
    "elektrotechnisch engineer",
    "calculator",
    "BIM-modelleur",
    "monteur koudetechniek",
    "planner",
    "HR-adviseur",
    "tekenaar E&W",
)
ROLES_EN = (
    "service engineer",
    "project manager",
    "electrical engineer",
    "BIM modeller",
    "data analyst",
    "planner",
)
CITIES = (
    "Rotterdam",
    "Utrecht",
    "Amersfoort",
    "Zwolle",
    "Eindhoven",
    "Arnhem",
    "Den Haag",
    "Breda",
    "Antwerpen",
    "Gent",
)
MONTHS_NL = ("maart", "april", "mei", "juni", "september", "oktober", "november")

# theme -> voice -> language -> sentences
THEMES: dict[str, dict[str, dict[str, tuple[str, ...]]]] = {
    "vacancies": {
        "own": {
            "nl": (
                "Vacature: we zoeken een {role} in {city}. Solliciteer via werkenbij.{slug}.nl",
                "Wij zoeken versterking! Word jij onze nieuwe {role} in regio {city}? "
                "Bekijk de vacature en solliciteer direct.",
                "Nieuwe vacature voor een {role} (32-40 uur) in {city}. Reageer voor {month}.",
                "Ben jij de {role} die ons team in {city} komt versterken? Lees de vacature "
                "en stuur je cv.",
                "Gezocht: ervaren {role} voor onze vestiging in {city}. Solliciteren kan "
                "zonder motivatiebrief.",
            ),
            "en": (
                "We're hiring: {role} in {city}. Apply today via our careers site.",
                "Job opening for an experienced {role} at our {city} office. Apply now!",
            ),
        },
        "employee": {
            "nl": (
                "Mijn team zoekt een {role} in {city}! Ik vertel je graag hoe het is om hier "
                "te werken, stuur me een berichtje.",
                "Wij hebben een vacature voor {role}. Ken jij iemand? Deel dit bericht even.",
            ),
            "en": ("My team at {employer} is hiring a {role} in {city}. Message me!",),
        },
        "public": {
            "nl": (
                "Is de vacature voor {role} bij {employer} in {city} nog open?",
                "Ik heb gesolliciteerd op de vacature {role} bij {employer}, hoe lang duurt "
                "het voordat ik iets hoor?",
                "Hoe is het om bij {employer} te werken als {role}? Ik overweeg te solliciteren.",
                "Kan ik bij {employer} ook parttime werken als {role}? Staat niet in de vacature.",
                "Vraagje aan {employer}: moet je voor de functie {role} een rijbewijs hebben?",
                "Weet iemand hoe de sollicitatieprocedure bij {employer} gaat? Heb volgende "
                "week een gesprek.",
            ),
            "en": (
                "Is the {role} position at {employer} still open? Do you sponsor visas?",
                "What is it like to work at {employer}? Thinking about applying as {role}.",
                "Do I need to speak Dutch for the {role} job at {employer}?",
            ),
        },
    },
    "salary": {
        "own": {
            "nl": (
                "Goed nieuws: met de nieuwe cao gaan de lonen per {month} met {n}% omhoog.",
                "Bij ons verdien je als {role} tussen € {amount} en € {amount2} bruto per maand, "
                "plus 8% vakantiegeld en een 13e maand.",
                "Transparant over salaris: alle salarisschalen staan op onze werkenbij-site.",
            ),
            "en": ("New collective agreement: salaries rise {n}% from {month}.",),
        },
        "employee": {
            "nl": (
                "Eerlijk is eerlijk: het salaris en de pensioenregeling bij {employer} zijn "
                "gewoon goed geregeld.",
                "Blij met de loonsverhoging van {n}% uit de nieuwe cao.",
            ),
            "en": ("Fair pay and a solid pension scheme at {employer}. Happy with the raise.",),
        },
        "public": {
            "nl": (
                "Weet iemand wat een {role} bij {employer} verdient? In de vacature staat alleen "
                "marktconform salaris.",
                "Wat is het startsalaris bij {employer}? Kan het nergens vinden.",
                "{employer} betaalt onder de cao, zeggen oud-collega's. Klopt dat?",
            ),
            "en": ("Does anyone know the salary range for a {role} at {employer}?",),
        },
    },
    "culture": {
        "own": {
            "nl": (
                "Vrijdagmiddag in {city}: het team sluit de week af met een borrel en een "
                "potje tafelvoetbal.",
                "Maak kennis met onze collega's: korte lijnen, humor en elkaar helpen. Zo "
                "werken wij.",
                "Onze collega's vertellen waarom ze al meer dan tien jaar bij ons werken.",
                "Teamuitje! Met de hele afdeling {city} naar de sloepen en daarna barbecue.",
            ),
            "en": (
                "Meet the team: friendly colleagues, short lines and room for a laugh.",
                "Friday drinks with the {city} crew. This is how we end the week.",
            ),
        },
        "employee": {
            "nl": (
                "Wat ik het leukst vind aan mijn werk? De collega's. Elke dag lachen, ook als "
                "het druk is.",
                "Vandaag mijn vijfjarig jubileum bij {employer}. Trots op dit team!",
                "Gezellige teamdag gehad met mijn collega's van {employer}. Wat een club mensen.",
                "Fijn om bij een werkgever te werken waar je gewoon je mening mag geven.",
            ),
            "en": (
                "Five years at {employer} today. Grateful for the best colleagues.",
                "Great team day with my {employer} colleagues. Such a fun group of people.",
            ),
        },
        "public": {
            "nl": (
                "Mijn buurman werkt bij {employer} en is er echt heel positief over.",
                "Leuk filmpje van {employer} over hun team, ziet er gezellig uit.",
            ),
            "en": ("Heard good things about the team culture at {employer}.",),
        },
    },
    "training": {
        "own": {
            "nl": (
                "In onze Academy volg je als {role} het opleidingstraject naar "
                "projectleider in twee jaar.",
                "Leren doe je bij ons elke dag: iedere medewerker heeft € {amount} "
                "opleidingsbudget per jaar.",
                "Gefeliciteerd aan onze {n} collega's die vandaag hun MBO-diploma elektrotechniek "
                "hebben gehaald via de BBL-opleiding!",
                "Nieuwe cursus warmtepompen in onze eigen opleidingshal in {city}.",
            ),
            "en": ("Our Academy offers a two-year training path from {role} to project lead.",),
        },
        "employee": {
            "nl": (
                "Vandaag mijn certificaat warmtepompen gehaald via de Academy van {employer}.",
                "Via {employer} mijn HBO-opleiding elektrotechniek gedaan, volledig betaald. Top.",
                "Eerste week van de opleiding tot projectleider zit erop. Veel geleerd!",
            ),
            "en": ("Passed my heat pump certification through the {employer} Academy today.",),
        },
        "public": {
            "nl": ("Biedt {employer} ook een BBL-traject aan voor zij-instromers?",),
            "en": ("Does {employer} offer apprenticeships for career switchers?",),
        },
    },
    "events": {
        "own": {
            "nl": (
                "Open dag op zaterdag {n} {month} in {city}: kijk achter de schermen en "
                "ontmoet je toekomstige collega's.",
                "Kom langs op onze stand op de Vakbeurs Installatietechniek in {city}!",
                "Meld je aan voor onze meet-up voor zij-instromers in {city}, inclusief "
                "rondleiding.",
                "Bedankt aan iedereen die naar de open dag kwam, wat een opkomst!",
            ),
            "en": ("Join our open day on {month} {n} in {city}: meet the team and tour the site.",),
        },
        "employee": {
            "nl": (
                "Zaterdag sta ik op de open dag van {employer} in {city}. Kom je ook?",
                "Wat een drukte op de beurs vandaag! Leuk om zoveel studenten te spreken.",
            ),
            "en": ("I'll be at the {employer} open day in {city} on Saturday. Come say hi!",),
        },
        "public": {
            "nl": (
                "Was vandaag op de open dag van {employer}, goed georganiseerd en leuke mensen.",
                "Hoe laat begint de open dag van {employer} in {city}?",
            ),
            "en": ("Visited the {employer} open day, well organised.",),
        },
    },
    "projects": {
        "own": {
            "nl": (
                "Ons team legde {n} zonnepanelen op het dak van het ziekenhuis in {city}.",
                "Trots op de oplevering van het nieuwe zwembad in {city}: volledig "
                "gasloos en energieneutraal.",
                "Achter de schermen bij de renovatie van de klimaatinstallatie in {city}.",
                "Zo verduurzamen onze monteurs {n} huurwoningen in {city} met warmtepompen.",
            ),
            "en": ("Our team installed {n} solar panels on the hospital roof in {city}.",),
        },
        "employee": {
            "nl": (
                "Vandaag het laatste stuk van de warmtepompinstallatie in {city} opgeleverd. "
                "Mooi project!",
                "Trots op ons team: het zwembad in {city} draait nu helemaal gasloos.",
            ),
            "en": ("Finished the heat pump installation in {city} today. Proud of this team.",),
        },
        "public": {
            "nl": ("Mooi project van {employer} in {city}, goed voor de buurt.",),
            "en": ("Impressive sustainability project by {employer} in {city}.",),
        },
    },
    "referral": {
        "own": {
            "nl": (
                "Ken jij iemand die bij ons past? Breng een nieuwe collega aan en ontvang "
                "€ {amount} aanbrengpremie.",
                "Werkt jouw vriend(in) als {role}? Tip ons en verdien een aanbrengpremie.",
            ),
            "en": ("Know someone who'd fit our team? Refer a friend and earn a € {amount} bonus.",),
        },
        "employee": {
            "nl": ("Wij zoeken collega's! Via mij solliciteren kan ook, ik breng je graag aan.",),
            "en": ("Looking for colleagues! Happy to refer you, message me.",),
        },
        "public": {
            "nl": ("Hoe werkt de aanbrengpremie bij {employer} eigenlijk?",),
            "en": ("How does the referral bonus at {employer} work?",),
        },
    },
    "workload": {
        "own": {
            "nl": (
                "We hebben jullie signalen over werkdruk gehoord. Deze maand starten we met "
                "extra planners en een vaste vrije vrijdag per maand.",
            ),
            "en": ("We hear your concerns about workload and are adding planning capacity.",),
        },
        "employee": {
            "nl": (
                "Weer een week van 55 uur. De werkdruk is echt niet normaal meer.",
                "Alweer overuren en het weekend moeten werken. Planning klopt niet.",
            ),
            "en": ("Another 55-hour week. The workload is just too much right now.",),
        },
        "public": {
            "nl": (
                "De werkdruk bij {employer} is niet normaal, mijn vriend maakt elke week overuren.",
                "Monteurs van {employer} lopen op hun tandvlees, al weken overuren en "
                "weekenddiensten.",
                "Zoveel mensen die vertrekken bij {employer} vanwege de werkdruk. Wat gebeurt "
                "daar?",
                "Vacatures blijven open bij {employer} en de rest moet het werk maar doen. "
                "Zware werkdruk.",
                "Hoorde van een monteur dat ze bij {employer} structureel onderbezet zijn. "
                "Burn-out ligt op de loer.",
            ),
            "en": (
                "Workload at {employer} is insane, my friend works overtime every week.",
                "Technicians at {employer} are burning out, weeks of overtime and weekend shifts.",
            ),
        },
    },
}

REPLIES = {
    "nl": (
        "Hoi! Goede vraag. Onze recruiter Eva neemt vandaag contact met je op. Je kunt ook "
        "mailen naar werken@{slug}.nl.",
        "Dank je voor je vraag! De vacature is nog open, solliciteren kan via werkenbij.{slug}.nl.",
        "Hoi, wat leuk dat je interesse hebt! Bel gerust met Eva van recruitment: 010 123 4567.",
    ),
    "en": (
        "Hi! Thanks for your question. Our recruiter Eva will get in touch today.",
        "Thanks for asking! The position is still open, apply via our careers site.",
    ),
}

FAN_SHARES = {
    "nl": (
        "Mooi bericht! Trots op {employer}.",
        "Wat een goed project, {employer} doet het weer goed.",
        "Delen waard: {employer} zoekt nieuwe collega's.",
        "Top werkgever, ik hoor alleen maar goede verhalen.",
        "Super! Goed bezig {employer}.",
    ),
    "en": ("Great post! Proud of {employer}.", "Sharing: {employer} is hiring, great company."),
}

HASHTAGS = {
    "vacancies": ("#vacature", "#werkenbij", "#installatietechniek", "#jobs"),
    "salary": ("#cao", "#salaris"),
    "culture": ("#teamspirit", "#collegas", "#werkplezier"),
    "training": ("#opleiding", "#academy", "#leren"),
    "events": ("#opendag", "#vakbeurs"),
    "projects": ("#duurzaam", "#energietransitie", "#warmtepomp"),
    "referral": ("#aanbrengpremie", "#werkenbij"),
    "workload": (),
}
