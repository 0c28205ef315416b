"""The page table: one row per page, in navigation order. The first page is the default."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class PageSpec:
    """A page: translation key (``nav.<key>``), script in pages/, icon, section, URL path."""

    key: str
    icon: str
    section: str
    url_path: str
    built: bool = False
    """False while the page is an honest 'not built yet' placeholder."""

    @property
    def script(self) -> str:
        """Path of the page script relative to app/main.py."""
        return f"../pages/{self.key}.py"


PAGES: tuple[PageSpec, ...] = (
    PageSpec("home", ":material/home:", "overview", "", built=True),
    PageSpec("data", ":material/upload_file:", "overview", "data", built=True),
    PageSpec("themes", ":material/bubble_chart:", "insights", "themes", built=True),
    PageSpec("timing", ":material/schedule:", "insights", "timing", built=True),
    PageSpec("competitors", ":material/leaderboard:", "insights", "competitors", built=True),
    PageSpec("listening", ":material/hearing:", "insights", "listening", built=True),
    PageSpec("ambassadors", ":material/campaign:", "tools", "ambassadors", built=True),
    PageSpec("vacancy", ":material/fact_check:", "tools", "vacancy", built=True),
)
