"""Reference sentences for sentiment by meaning: what clearly positive, negative and neutral
talk about an employer sounds like, in Dutch, English and French.

Written for this project (no data set behind them). A text's sentiment is read from how close
its embedding lies to the centre of each group (:mod:`core.listening.sentiment`); the groups
cover what people say about work (pay, management, colleagues, workload, growth, applying)
and plain praise and complaint, so reviews, comments and posts are all near some of them.
"""

from __future__ import annotations

POSITIVE: tuple[str, ...] = (
    # Dutch
    "Fijne werkgever, ik werk hier met veel plezier.",
    "Top bedrijf met goede arbeidsvoorwaarden en een prettige sfeer.",
    "Leuke collega's en een leidinggevende die echt naar je luistert.",
    "Veel doorgroeimogelijkheden en een goed opleidingsbudget.",
    "Goed salaris, flexibele werktijden en thuiswerken is mogelijk.",
    "Ik voel me hier gewaardeerd en heb het enorm naar mijn zin.",
    "Prachtig project, echt trots op wat het team heeft neergezet!",
    "Geweldige dag gehad, bedankt voor de gastvrijheid!",
    "Snelle en vriendelijke reactie op mijn sollicitatie, een aanrader.",
    "Super blij met mijn nieuwe baan, wat een warm welkom.",
    "Aanrader voor iedereen die een goede werkgever zoekt.",
    "Uitstekend product, precies wat ik zocht, heel tevreden.",
    # English
    "Great place to work, supportive management and friendly colleagues.",
    "Good pay, great benefits and a healthy work-life balance.",
    "Lots of opportunities to learn and grow, I love working here.",
    "Amazing team and a positive, inclusive culture.",
    "The best company I have worked for, highly recommended.",
    "Flexible hours, interesting work and people who care about you.",
    "Proud to be part of this team, what a fantastic project!",
    "Thank you for the warm welcome, great first week.",
    "Excellent training and a clear career path.",
    "Wonderful experience, everything was handled quickly and kindly.",
    "Really happy with it, works perfectly and exceeded my expectations.",
    # French
    "Excellente entreprise, très bonne ambiance et collègues sympathiques.",
    "Bon salaire, de bons avantages et un vrai équilibre vie pro vie perso.",
    "Beaucoup de possibilités d'évolution, je recommande vivement.",
    "Une direction à l'écoute et une équipe formidable.",
    "Très contente de mon nouveau poste, un accueil chaleureux.",
)

NEGATIVE: tuple[str, ...] = (
    # Dutch
    "Slechte werkgever, ik zou hier nooit meer gaan werken.",
    "De werkdruk is veel te hoog en overuren worden niet betaald.",
    "Het management luistert niet en er is geen waardering.",
    "Onderbetaald, geen doorgroeimogelijkheden en slechte sfeer.",
    "Ik heb nooit meer iets gehoord na mijn sollicitatie, heel onprofessioneel.",
    "Veel collega's vertrekken, iedereen loopt op zijn tandvlees.",
    "Chaotische organisatie, slechte communicatie en veel reorganisaties.",
    "Ik ben er na een burn-out weggegaan, nooit meer.",
    "Teleurstellend, beloftes worden niet nagekomen.",
    "Wat een slechte service, ik ben er helemaal klaar mee.",
    "Afgeraden: het product ging na een week kapot en geld terugkrijgen lukt niet.",
    "Onbeschoft behandeld tijdens het gesprek, heel vervelend.",
    # English
    "Terrible management, toxic culture and no work-life balance.",
    "Low pay, long hours and no chance of promotion.",
    "Avoid this company, they do not care about their employees.",
    "Constant layoffs and reorganisations, morale is very low.",
    "Understaffed and overworked, I burned out and quit.",
    "They ghosted me after three interviews, very unprofessional.",
    "Micromanagement, favouritism and poor communication from leadership.",
    "Worst job I have ever had, I regret joining.",
    "Disappointing experience, nothing works as promised.",
    "Awful service, rude staff and a complete waste of money.",
    "Broken after a week and no refund, very bad quality.",
    # French
    "Mauvaise ambiance, management toxique et aucune reconnaissance.",
    "Salaire trop bas, charge de travail énorme et heures supplémentaires non payées.",
    "Aucune évolution possible, beaucoup de départs, à éviter.",
    "Jamais eu de réponse après ma candidature, très décevant.",
    "Une organisation chaotique et une direction qui n'écoute pas.",
)

NEUTRAL: tuple[str, ...] = (
    # Dutch
    "Vacature: monteur gezocht in de regio Zwolle, 38 uur per week.",
    "Solliciteren kan via de website tot en met 15 maart.",
    "Op zaterdag is er een open dag van 10.00 tot 15.00 uur.",
    "De nieuwe cao gaat in per 1 januari.",
    "Wat zijn de werktijden bij deze functie?",
    "Het bedrijf heeft vestigingen in Utrecht en Gent.",
    "Vandaag starten vijf nieuwe collega's op de afdeling planning.",
    "Hoe lang duurt de sollicitatieprocedure?",
    # English
    "We are hiring a project engineer in Breda, full time.",
    "Applications close on Friday; the link is in our bio.",
    "The office is open from 9 to 5 on weekdays.",
    "Does anyone know the salary range for this position?",
    "The company was founded in 1998 and has 400 employees.",
    "Next week we present our annual report.",
    # French
    "Nous recrutons un technicien de maintenance à Bruxelles.",
    "Les candidatures sont ouvertes jusqu'au 30 juin.",
    "Quels sont les horaires de travail pour ce poste ?",
)
