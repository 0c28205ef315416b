"""Each vacancy rule on Dutch and English phrases that should pass and that should fail."""

from __future__ import annotations

import pytest

from core.vacancy import checks
from core.vacancy.checks import Context

NL, EN = Context("nl"), Context("en")

SALARY_PASS = [
    ("Salaris: € 3.200 – € 4.100 bruto per maand", NL),
    ("Je verdient tussen €3.200,- en €4.100,- per maand", NL),
    ("Salaris tot € 4.000 bruto per maand", NL),
    ("tot € 4.000 per maand", NL),
    ("Uurloon € 15,50 per uur", NL),
    ("€ 15,50 bruto per uur", NL),
    ("Salaris: 3.450 euro per maand", NL),
    ("Je salaris: € 45.000 - € 55.000 per jaar", NL),
    ("Inschaling in schaal 9 (max. € 4.620)", NL),
    ("Salarisschaal 10 van de cao Gemeenten", NL),
    ("€50k", EN),
    ("Salary: €50k - €60k", EN),
    ("$80,000 - $100,000 per year", EN),
    ("Pay: $25.00 - $30.00 per hour", EN),
    ("The base pay range for this role is $120,000 to $150,000.", EN),
    ("£30,000 a year plus bonus", EN),
    ("Compensation: $85,000/yr", EN),
    ("USD 80,000 annually", EN),
    ("Salary range €3,000–€3,800 gross per month", EN),
    ("$22/hr", EN),
    ("Pay: 18.00 - 22.00 per hour", EN),
    ("Hourly rate: $18-$22", EN),
    ("$18-22/hour", EN),
    ("Salaris: 2800 tot 3200 bruto per maand", NL),
    ("Salary range: 65k - 75k", EN),
    ("Job Type: Full-time. Pay: $60,000.00 - $70,000.00 per year. Benefits: 401(k), dental.", EN),
]
SALARY_FAIL = [
    ("Marktconform salaris", NL),
    ("Een competitief salaris en goede arbeidsvoorwaarden", NL),
    ("Aantrekkelijk salaris", NL),
    ("Salaris: n.o.t.k.", NL),
    ("Bel ons op 06-12345678", NL),
    ("Sinds 2026 werken wij met 120 collega's", NL),
    ("Aanbrengpremie van € 1.000 als je een collega aanbrengt", NL),
    ("Opleidingsbudget van € 1.500 per jaar", NL),
    ("Wij zijn een bedrijf met € 12 miljoen omzet", NL),
    ("Reiskostenvergoeding € 0,23 per km", NL),
    ("Competitive salary", EN),
    ("Attractive package and great benefits", EN),
    ("Salary: DOE", EN),
    ("We raised $10,000,000 in Series A funding", EN),
    ("401(k) with company match", EN),
    ("Call us at +31 20 123 4567", EN),
    ("Founded in 1998, 250 employees", EN),
    ("$500 signing bonus", EN),
    ("A $1,000 referral bonus for every hire", EN),
    ("Competitive pay depending on experience", EN),
    ("$2,500 tuition reimbursement per year", EN),
    ("The company matches up to $6,000 per year", EN),
    ("$5,250 education assistance annually", EN),
    ("Health plans with a $0 deductible", EN),
    ("Up to 20% annual bonus", EN),
    ("We serve 10,000 customers a year", EN),
    ("Apply before 31-12-2026", NL),
    ("Salaris: in overleg", NL),
    ("Our $150 million fund", EN),
]


@pytest.mark.parametrize(("text", "ctx"), SALARY_PASS)
def test_salary_pass(text, ctx):
    result = checks.salary(text, ctx)
    assert result.passed, text
    assert all(e.kind == "good" for e in result.evidence if e.text in result.details["amounts"])


@pytest.mark.parametrize(("text", "ctx"), SALARY_FAIL)
def test_salary_fail(text, ctx):
    assert not checks.salary(text, ctx).passed, text


def test_vague_salary_is_highlighted_even_next_to_an_amount():
    result = checks.salary("Marktconform salaris: € 3.000 – € 3.500 per maand", NL)
    assert result.passed
    assert [e.text for e in result.evidence if e.kind == "bad"] == ["Marktconform salaris"]


CASES = {
    "benefits": (
        [
            ("8% vakantiegeld en een 13e maand", NL),
            ("Een leaseauto en een opleidingsbudget", NL),
            ("Goede pensioenregeling en thuiswerkvergoeding", NL),
            ("Hybride werken en 27 vakantiedagen", NL),
            ("Fietsplan, sportabonnement en flexibele werktijden", NL),
            ("Maaltijdcheques en hospitalisatieverzekering", NL),
            ("Holiday allowance and a pension scheme", EN),
            ("Company car and training budget", EN),
            ("Health insurance, dental and 401(k)", EN),
            ("25 paid vacation days and remote work", EN),
        ],
        [
            ("Goede secundaire arbeidsvoorwaarden", NL),
            ("Uitstekende arbeidsvoorwaarden", NL),
            ("Een leuk team", NL),
            ("Alleen een pensioen", NL),
            ("Aantrekkelijke arbeidsvoorwaarden", NL),
            ("Great benefits", EN),
            ("Attractive benefits package", EN),
            ("Competitive perks", EN),
            ("A fun team", EN),
            ("Only a pension", EN),
        ],
    ),
    "career": (
        [
            ("Na twee jaar groei je door naar projectleider", NL),
            ("Binnen 12 maanden doorgroeien tot teamleider", NL),
            ("Je volgt ons opleidingstraject", NL),
            ("Via de BBL-opleiding haal je je diploma", NL),
            ("Een persoonlijk ontwikkelplan en onze Academy", NL),
            ("Je kunt doorgroeien naar senior engineer", NL),
            ("Within 18 months you grow into a team lead role", EN),
            ("A two-year training programme", EN),
            ("A clear career path to senior engineer", EN),
            ("Mentorship from a senior colleague", EN),
        ],
        [
            ("Volop doorgroeimogelijkheden", NL),
            ("Groeimogelijkheden binnen het bedrijf", NL),
            ("Ontwikkelmogelijkheden", NL),
            ("Carrièremogelijkheden", NL),
            ("Een leuke werkplek", NL),
            ("Growth opportunities", EN),
            ("Career opportunities", EN),
            ("Room to grow", EN),
            ("Opportunities for growth", EN),
            ("A nice office", EN),
        ],
    ),
    "apply": (
        [
            ("Solliciteer via werkenbij.veldhuis.nl", NL),
            ("Solliciteer direct via de knop hieronder", NL),
            ("Reageer via jobs@veldhuis.nl", NL),
            ("Stuur je cv naar hr@bedrijf.nl", NL),
            ("Meld je aan via https://werkenbij.nl/vacature", NL),
            ("Solliciteren kan via het formulier", NL),
            ("Apply now at https://careers.example.com", EN),
            ("Apply via the button below", EN),
            ("Send your CV to jobs@example.com", EN),
            ("Click Apply to start", EN),
        ],
        [
            ("Wij kijken uit naar je reactie", NL),
            ("Solliciteer!", NL),
            ("Interesse?", NL),
            ("Wij horen graag van je", NL),
            ("Kom bij ons werken", NL),
            ("We look forward to hearing from you", EN),
            ("Apply!", EN),
            ("Interested?", EN),
            ("Join our team", EN),
            ("Be part of something great", EN),
        ],
    ),
    "questions": (
        [
            ("Vragen? Bel Eva de Jong via 010 123 4567", NL),
            ("Vragen? Mail Eva: eva@veldhuis.nl", NL),
            ("Neem contact op met Jan Jansen, 06 12345678", NL),
            ("Meer informatie: Fatima El Amrani, fatima@bedrijf.nl", NL),
            ("Vragen over de functie? Pieter van Dijk helpt je graag: 020-1234567", NL),
            ("Heb je vragen? Bel met Sanne op 0612345678", NL),
            ("Questions? Call Emma Smith at +44 20 7946 0958", EN),
            ("Questions? Email John Doe, john.doe@example.com", EN),
            ("Contact Priya Patel (priya@example.com) for more information", EN),
            ("Ask Mark: mark@example.org", EN),
        ],
        [
            ("Vragen? Mail naar info@bedrijf.nl", NL),
            ("Bel ons op 010 123 4567", NL),
            ("Vragen? Neem contact op", NL),
            ("Eva de Jong is onze recruiter", NL),
            ("Stuur een bericht", NL),
            ("Questions? Email jobs@example.com", EN),
            ("Call us on 020 123 4567", EN),
            ("Questions? Get in touch", EN),
            ("Emma Smith is our recruiter", EN),
            ("Send us a message", EN),
        ],
    ),
    "cliches": (
        [
            ("Je werkt aan warmtepompen in Zwolle", NL),
            ("Je onderhoudt installaties bij klanten thuis", NL),
            ("Je werkt vier dagen van negen uur", NL),
            ("Je team bestaat uit zes monteurs", NL),
            ("Je plant je eigen ritten", NL),
            ("You maintain heat pumps at customers' homes", EN),
            ("You work four nine-hour days", EN),
            ("Your team has six engineers", EN),
            ("You plan your own routes", EN),
            ("You report to the service manager", EN),
        ],
        [
            ("Een dynamische omgeving", NL),
            ("Je hebt een hands-on mentaliteit", NL),
            ("Je bent proactief", NL),
            ("Je bent een echte teamplayer", NL),
            ("Een uitdagende functie", NL),
            ("A fast-paced environment", EN),
            ("We want a rockstar developer", EN),
            ("You are a self-starter", EN),
            ("Work hard, play hard", EN),
            ("You hit the ground running", EN),
            ("Kom werken in ons dynamische team", NL),
            ("Je hebt passie voor techniek", NL),
            ("Een jong en dynamisch team", NL),
            ("You have a passion for customer service", EN),
        ],
    ),
}


@pytest.mark.parametrize(
    ("rule", "text", "ctx", "expected"),
    [(rule, text, ctx, True) for rule, (good, _) in CASES.items() for text, ctx in good]
    + [(rule, text, ctx, False) for rule, (_, bad) in CASES.items() for text, ctx in bad],
)
def test_rule(rule, text, ctx, expected):
    assert getattr(checks, rule)(text, ctx).passed is expected, text


@pytest.mark.parametrize(
    ("text", "ctx", "expected", "masculine"),
    [
        ("Monteur (m/v/x)\nJe bent nieuwsgierig en zorgvuldig.", NL, True, []),
        ("Monteur (v/m/x)\nJe bent betrokken en creatief.", NL, True, []),
        ("Monteur (m/v)\nJe bent communicatief en klantvriendelijk.", NL, True, []),
        ("Monteur (m/v/x)\nJe bent zelfstandig en nieuwsgierig.", NL, True, ["zelfstandig"]),
        ("Monteur (m/v/x)\nJe bent veelzijdig en betrokken.", NL, True, []),
        ("Monteur\nJe bent nieuwsgierig.", NL, False, []),
        (
            "Monteur (m/v/x)\nJe bent resultaatgericht en stressbestendig.",
            NL,
            False,
            ["resultaatgericht", "stressbestendig"],
        ),
        (
            "Accountmanager (m/v/x)\nJe bent commercieel, competitief en analytisch.",
            NL,
            False,
            ["commercieel", "competitief", "analytisch"],
        ),
        ("Monteur (m/v/x)\nJe bent een ervaren, ambitieuze monteur.", NL, False, ["ervaren"]),
        (
            "Monteur (m/v/x)\nJe bent daadkrachtig en assertief.",
            NL,
            False,
            ["daadkrachtig", "assertief"],
        ),
        ("Engineer\nYou are collaborative and supportive.", EN, True, []),
        ("Engineer\nYou are curious, committed and connect with people.", EN, True, []),
        ("Engineer\nYou care about your team and share knowledge.", EN, True, []),
        ("Engineer\nWe want someone who understands customers.", EN, True, []),
        ("Engineer\nYou are a supportive and interpersonal colleague.", EN, True, []),
        ("Engineer\nYou are competitive and dominant.", EN, False, ["competitive", "dominant"]),
        (
            "Engineer\nYou are an aggressive, driven and decisive leader.",
            EN,
            False,
            ["aggressive", "driven", "decisive", "leader"],
        ),
        ("Engineer\nYou are independent and ambitious.", EN, False, ["independent", "ambitious"]),
        ("Engineer\nYou are analytical and assertive.", EN, False, ["analytical", "assertive"]),
        (
            "Engineer\nA confident, fearless and headstrong person.",
            EN,
            False,
            ["confident", "fearless", "headstrong"],
        ),
    ],
)
def test_gendered_language(text, ctx, expected, masculine):
    result = checks.gendered_language(text, ctx)
    assert result.passed is expected, text
    assert result.details["masculine"] == masculine


def test_masculine_words_get_neutral_alternatives():
    result = checks.gendered_language("Monteur (m/v/x)\nJe bent resultaatgericht.", NL)
    assert result.details["alternatives"] == {"resultaatgericht": "je maakt afspraken waar"}


@pytest.mark.parametrize(
    ("channels", "expected"),
    [
        (None, None),
        (("linkedin",), True),
        (("linkedin", "instagram"), True),
        (("careers_site",), True),
        (("jobboard", "facebook"), True),
        (("facebook",), False),
        (("instagram", "tiktok"), False),
        (("facebook", "instagram", "tiktok"), False),
    ],
)
def test_channel(channels, expected):
    assert checks.channel("x", Context("nl", channels)).passed is expected


@pytest.mark.parametrize(
    ("words", "expected"),
    [(100, False), (299, False), (300, True), (500, True), (700, True), (701, False)],
)
def test_length(words, expected):
    assert checks.length(" ".join(["woord"] * words), NL).passed is expected


def test_readability_lists_long_sentences():
    plain = "Je werkt in Zwolle. Je maakt warmtepompen. Je team is klein. Je krijgt een auto."
    hard = (
        "De kandidaat beschikt over aantoonbare ervaring met het coördineren van multidisciplinaire "
        "werkzaamheden binnen complexe organisatorische verbanden en heeft affiniteit met "
        "procesoptimalisatie, kwaliteitsborging en stakeholdermanagement op strategisch niveau."
    )
    assert checks.readability(plain, NL).passed
    result = checks.readability(hard, NL)
    assert not result.passed and result.details["score"] < 30
    assert [e.text for e in result.evidence] == [hard]
    assert result.details["fix"] == "readability"  # one 27-word sentence: shorten it


def test_readability_advice_names_long_words_when_sentences_are_short_already():
    short_long_words = (
        "Arbeidsvoorwaardenregeling is marktconform. Kwaliteitsborgingsprocedures zijn "
        "gedocumenteerd. Procesoptimalisatiewerkzaamheden behoren eveneens tot verantwoordelijkheden."
    )
    result = checks.readability(short_long_words, NL)
    assert not result.passed and result.details["words_per_sentence"] <= 8
    assert result.details["fix"] == "readability_words"  # not "make sentences shorter"
