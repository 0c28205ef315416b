"""Word and phrase lists behind the vacancy checks, in Dutch and English (some French).

Sources: the vacancy tips of seed article 004 (salary, benefits upfront, concrete career steps,
a way to ask questions, an apply button); Gaucher, Friesen & Kay (2011) for English
gender-coded stems (``data/gender-coded-en.tsv``, MIT licence beside it); for Dutch, the words
that the University of Antwerp study (~3,700 raters, as reported by Dutch recruitment sites)
found read as masculine or feminine, extended with close forms. Lists are data: extend them
here, and the tests in ``tests/core/vacancy`` show what each is for.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

DATA = Path(__file__).resolve().parent / "data"

VAGUE_SALARY = (
    r"marktconform\w*(?: salaris| loon| beloning)?",
    r"(?:competitie[fv]\w*|aantrekkelijk\w*|uitstekend\w*|goed\w*|passend\w*|prima|riant\w*|"
    r"concurrerend\w*) (?:salaris|loon|beloning|salarispakket|arbeidsvoorwaardenpakket)",
    r"salaris(?:\s*:)?\s*n\.?\s?o\.?\s?t\.?\s?k\.?",
    r"\bn\.?o\.?t\.?k\.?(?=\W|$)",
    r"nader overeen te komen",
    r"salaris in overleg",
    r"(?:competitive|attractive|excellent|great|generous|market[- ]rate|market[- ]conform)\s+"
    r"(?:salary|pay|compensation|package|remuneration|wages?)",
    r"salary:?\s*(?:doe|negotiable|tbd|to be discussed)",
    r"depending on experience|\bDOE\b",
    r"salaire (?:attractif|compétitif|selon expérience)",
)
SALARY_CONTEXT = (
    r"salaris\w*|\bloon\b|uurloon|startsalaris|beloning|verdien\w*|inschaling|bruto|schaal|"
    r"salary|\bpay\b|pay range|base pay|compensation|wage|earn\w*|gross|\bote\b|hourly|"
    r"\brate\b|uurtarief|salaire|rémunération"
)
PERIOD = (
    r"per\s+(?:maand|jaar|uur|week|month|year|hour|annum|mois|an|heure)|p\.?\s?/?\s?m\.?(?=\W|$)|"
    r"p\.?\s?/?\s?j\.?(?=\W|$)|p\.?\s?a\.?(?=\W|$)|/\s?(?:maand|mnd|jaar|uur|month|mo|year|yr|"
    r"hour|hr|h|an|mois)\b|maandelijks|jaarlijks|\ba (?:month|year)\b|\ban hour\b|monthly|"
    r"annually|annual|yearly|hourly|bruto|gross|brut"
)
NOT_SALARY = (
    r"budget|bonus|premie|aanbrengpremie|vergoeding|allowance|stipend|reiskosten|toeslag|"
    r"funding|raised|omzet|revenue|turnover|miljoen|million|billion|miljard|investment|"
    r"investering|korting|discount|subsid\w*|prijs|price|kosten|costs?|fee|gift|cadeau|"
    r"referral|signing|sign-on|relocation|verhuis|tuition|reimburse\w*|assistance|match\w*|"
    r"401|deductible|credit|voucher|cheque|tegoed|spaar\w*|savings|lunch|meal|maaltijd"
)

BENEFITS = (
    r"vakantiegeld|13e maand|dertiende maand|eindejaarsuitkering|pensioen\w*|lease[- ]?auto|"
    r"auto van de zaak|bedrijfsauto|opleidingsbudget|studiebudget|ontwikkelbudget|"
    r"thuiswerk\w*|hybride werk\w*|hybride|reiskostenvergoeding|(?:\d+|extra) vakantiedagen|"
    r"verlofdagen|adv-dagen|atv|winstdeling|individueel keuzebudget|\bikb\b|fietsplan|"
    r"sportabonnement|fitness|kinderopvang|flexibele werktijden|vierdaagse|4x9|36-urige|"
    r"32 uur|laptop|telefoon van de zaak|dertiende|ouderschapsverlof|"
    r"holiday allowance|13th month|pension|lease car|company car|training budget|"
    r"learning budget|education budget|hybrid|remote work|work from home|travel allowance|"
    r"(?:\d+|paid) (?:vacation|holiday) days|paid time off|\bpto\b|profit sharing|"
    r"health insurance|dental|401\(?k\)?|stock options|equity|gym|parental leave|"
    r"flexible (?:hours|working hours)|bike plan|chèques-repas|maaltijdcheques|ecocheques|"
    r"hospitalisatieverzekering|groepsverzekering|tankkaart"
)
VAGUE_BENEFITS = (
    r"(?:goede|uitstekende|aantrekkelijke|prima|marktconforme|uitstekend|goed) "
    r"(?:secundaire )?arbeidsvoorwaarden",
    r"(?:good|great|excellent|attractive|competitive) (?:benefits|perks)(?: package)?",
    r"benefits package",
)
CAREER = (
    r"doorgroei\w* (?:naar|tot)\s+(?:de functie van |een functie als |een rol als )?\w+",
    r"(?:na|binnen)\s+(?:\d+|een|één|twee|drie|vier|zes|twaalf)\s+(?:jaar|maanden)",
    r"opleidingstraject|leertraject|leerlijn|traineeship|trainee-?programma|loopbaanpad|"
    r"carrièrepad|ontwikkelplan|persoonlijk ontwikkelplan|\bpop\b|academy|opleiding tot|"
    r"bbl|certificering|certificaat",
    r"grow (?:into|to)\s+(?:a |an |the )?\w+",
    r"promot\w* to\s+\w+",
    r"within\s+(?:\d+|one|two|three|six|twelve)\s+(?:months|years)",
    r"career (?:path|ladder|track)|training (?:programme|program|path)|development plan|"
    r"mentor(?:ship|ing)?|apprenticeship|certification",
)
VAGUE_CAREER = (
    r"(?:door)?groeimogelijkheden|ontwikkelmogelijkheden|carrièremogelijkheden|"
    r"loopbaanmogelijkheden|doorgroeikansen",
    r"(?:growth|career|development) opportunities|room (?:to|for) grow\w*|"
    r"opportunities (?:for|to) grow\w*|possibilités d'évolution",
)
APPLY = (
    r"solliciteer\w*|sollicit\w*|reageer\w*|meld je aan|stuur (?:je|jouw|ons je) (?:cv|motivatie)|"
    r"apply|send (?:us )?(?:your )?(?:cv|resume|résumé)|postuler|postulez"
)
ROUTE = (
    r"https?://\S+|www\.\S+|\S+@\S+\.\w+|via (?:de|onze|deze) (?:knop|button|website|site|"
    r"vacaturepagina)|werkenbij\.\S+|button|knop|click|klik|formulier|form"
)
CONTACT_CUE = (
    r"vragen\??|contact|neem contact op|bel(?:len)? (?:met|naar)?|mail(?:en)? (?:naar|met)?|"
    r"questions\??|reach out|ask|call|get in touch|informatie|information|info"
)
EMAIL = r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+"
PHONE = r"(?:\+\d{2}[\s-]?|\b0)\d(?:[\s-]?\d){7,9}\b"
PERSONAL_CHANNELS = ("facebook", "instagram", "tiktok", "snapchat", "whatsapp")
PROFESSIONAL_CHANNELS = ("linkedin", "jobboard", "careers_site", "indeed", "vdab", "werk_nl")
CLICHES = (
    r"dynamische? (?:werk)?omgeving|dynamische? team|dynamisch bedrijf|hands-on mentaliteit|"
    r"hands-on|pro-?actie\w*|passie voor|gepassioneerd\w*|"
    r"flexibele instelling|teamplayer|zelfstarter|no-nonsense|jong(?:e)? en dynamisch\w*|"
    r"uitdagende (?:functie|baan|job|werkomgeving)|informele sfeer|korte lijnen|"
    r"gezellig team|één grote familie|schaap met vijf poten|"
    r"fast-paced(?: environment)?|rock ?star|ninja|guru|self-starter|team player|go-getter|"
    r"work hard,? play hard|dynamic (?:environment|team)|hit the ground running|"
    r"passion(?:ate)? (?:for|about)|"
    r"wear many hats|think outside the box|synerg\w*|like a family|proactive|"
    r"environnement dynamique"
)

# Dutch gender-coded words (Antwerp study words from DOMAIN.md, plus close forms), with a
# neutral way to say the same thing.
DUTCH_MASCULINE = {
    "competitief": "je wilt het goed doen",
    "ervaren": "met ervaring in ...",
    "commercieel": "je denkt mee met klanten",
    "resultaatgericht": "je maakt afspraken waar",
    "analytisch": "je zoekt graag uit hoe iets werkt",
    "stressbestendig": "je houdt overzicht als het druk is",
    "zelfstandig": "je plant je eigen werk",
    "ambitieus": "je wilt je verder ontwikkelen",
    "daadkrachtig": "je neemt beslissingen als het nodig is",
    "dominant": "je durft de leiding te nemen",
    "assertief": "je zegt wat je denkt",
    "doelgericht": "je werkt naar een duidelijk doel",
    "leiderschap": "je helpt het team vooruit",
    "krachtig": "je weet wat je wilt",
    "competitieve": "je wilt het goed doen",
}
DUTCH_FEMININE = (
    "nieuwsgierig", "veelzijdig", "zorgvuldig", "communicatief", "betrokken", "creatief",
    "klantvriendelijk", "samenwerken", "samenwerking", "zorgzaam", "empathisch", "behulpzaam",
    "sociaal", "vriendelijk", "begripvol", "loyaal",
)  # fmt: skip
ENGLISH_ALTERNATIVES = {
    "competitive": "motivated to do well",
    "aggressive": "determined",
    "dominant": "confident in leading",
    "decisive": "able to make decisions",
    "independent": "able to plan your own work",
    "ambitio": "keen to develop",
    "driven": "motivated",
    "analytical": "curious how things work",
    "assertive": "clear in what you say",
    "confident": "sure of your approach",
    "lead": "guide",
    "strong": "capable",
    "force": "energy",
    "fearless": "willing to try new things",
    "headstrong": "persistent",
}
NEUTRAL_TITLE = (
    r"\((?:m|v|f|w|x|d|h)(?:\s*/\s*(?:m|v|f|w|x|d|h)){1,3}\)|"
    r"\b(?:m/v/x|v/m/x|m/f/x|h/f/x|m/w/d|m/v|v/m|m/f|h/f)\b"
)


@cache
def english_stems() -> tuple[tuple[str, ...], tuple[str, ...]]:
    """Gaucher et al. stems: (masculine, feminine). A stem matches words that start with it."""
    masculine, feminine = [], []
    for line in (DATA / "gender-coded-en.tsv").read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        stem, coding = line.split("\t")[:2]
        (masculine if coding.strip() == "masculine" else feminine).append(stem.strip().lower())
    return tuple(masculine), tuple(feminine)
