"""The built-in demo dataset: a fictional employer, Veldhuis Techniek, and three competitors.

- :mod:`core.demo.generate`: the posts, with every planted truth (re-exported here; see
  docs/DEMO.md);
- :mod:`core.demo.people`: the people who post; :mod:`core.demo.text`: the texts;
- :mod:`core.demo.careers`: the careers site's web-analytics export that matches the posts;
- :mod:`core.demo.roster`: the example list of ambassadors that matches the posts.
"""

from core.demo.careers import careers_site_visits
from core.demo.generate import (
    AUDIENCE_DAYS,
    AUDIENCE_HOURS,
    BEST_WINDOWS,
    CAREERS_SITE,
    COMPETITORS,
    DAYS,
    DEMO_BRANDS,
    EMPLOYERS,
    LATE_NIGHT_AMBASSADOR,
    OFFICE_DAYS,
    OFFICE_HOURS,
    OWN,
    PLATFORM_BASE,
    SOCIAL,
    START,
    THEME_UPLIFT,
    TZ,
    UNDER_ENGAGING_COMPETITOR,
    WORKLOAD_SPIKE,
    Employer,
    Generator,
    Window,
    author_type_own,
    brand_map,
    careers_link,
    generate,
    planted_themes,
)
from core.demo.people import AMBASSADORS

__all__ = [
    "AMBASSADORS",
    "AUDIENCE_DAYS",
    "AUDIENCE_HOURS",
    "BEST_WINDOWS",
    "CAREERS_SITE",
    "COMPETITORS",
    "DAYS",
    "DEMO_BRANDS",
    "EMPLOYERS",
    "LATE_NIGHT_AMBASSADOR",
    "OFFICE_DAYS",
    "OFFICE_HOURS",
    "OWN",
    "PLATFORM_BASE",
    "SOCIAL",
    "START",
    "THEME_UPLIFT",
    "TZ",
    "UNDER_ENGAGING_COMPETITOR",
    "WORKLOAD_SPIKE",
    "Employer",
    "Generator",
    "Window",
    "author_type_own",
    "brand_map",
    "careers_link",
    "careers_site_visits",
    "generate",
    "planted_themes",
]
