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

    @property
    def script(self) -> str:
        """Path of the page script relative to app/main.py."""
        return f"../pages/{self.key}.py"


PAGES: tuple[PageSpec, ...] = (
    PageSpec("home", ":material/home:", "overview", ""),
    PageSpec("data", ":material/upload_file:", "overview", "data"),
    PageSpec("themes", ":material/bubble_chart:", "insights", "themes"),
    PageSpec("timing", ":material/schedule:", "insights", "timing"),
    PageSpec("competitors", ":material/leaderboard:", "insights", "competitors"),
    PageSpec("listening", ":material/hearing:", "insights", "listening"),
    PageSpec("impact", ":material/trending_up:", "insights", "impact"),
    PageSpec("scorecard", ":material/scoreboard:", "insights", "scorecard"),
    PageSpec("ambassadors", ":material/campaign:", "tools", "ambassadors"),
    PageSpec("vacancy", ":material/fact_check:", "tools", "vacancy"),
)
