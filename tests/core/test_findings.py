"""What stands out: the demo's planted facts are found, ranked, and worded in each language;
what the data cannot support is left out without an error."""

from __future__ import annotations

import polars as pl

from core import demo
from core.demo import roster as demo_roster
from core.findings import findings

TZ = "Europe/Amsterdam"
RIVALS = [c.name for c in demo.COMPETITORS]


def test_the_planted_facts_stand_out_on_the_demo(demo_posts):
    roster = [dict(r, id=f"a{i}") for i, r in enumerate(demo_roster.records())]
    found = findings(demo_posts, demo.OWN.name, RIVALS, TZ, roster=roster)
    kinds = {f.kind: f for f in found}
    assert 3 <= len(found) <= 6
    assert [f.weight for f in found] == sorted((f.weight for f in found), reverse=True)
    spike = kinds["spike"]  # the March workload spike, and what drove it
    assert (spike.values["start"], spike.values["end"]) == demo.WORKLOAD_SPIKE
    assert "werkdruk" in spike.values["words"] and spike.page == "listening"
    assert kinds["competitor"].values["name"] == demo.UNDER_ENGAGING_COMPETITOR
    window = kinds["window"].values  # one of the planted best windows
    planted = demo.BEST_WINDOWS[window["platform"]]
    assert window["block"] == planted.start
    assert set(window["weekdays"]) <= {d + 1 for d in planted.weekdays}  # 1 = Monday there
    assert kinds["strain"].values["name"] == demo.LATE_NIGHT_AMBASSADOR
    nl = spike.text("nl_NL")
    assert nl.startswith("Reputatie: 187 vermeldingen van 2 mrt 2026 tot 22 mrt 2026")
    assert "werkdruk" in nl
    assert kinds["competitor"].text("fr_BE").startswith("Bremer Installaties publie 29,5 fois")
    assert "was expected" not in spike.text("en")


def test_what_the_data_cannot_support_is_left_out(demo_posts):
    bare = demo_posts.with_columns(
        pl.lit(None, dtype=demo_posts.schema[c]).alias(c)
        for c in ("impressions", "reach", "followers", "reactions", "comments", "shares")
    ).with_columns(pl.lit(None, dtype=pl.String).alias("in_reply_to_id"))
    found = findings(bare, demo.OWN.name, [], TZ)
    assert {f.kind for f in found} <= {"spike"}  # no rates, no replies, no competitors
    assert findings(bare, None, RIVALS, TZ) == []
    assert findings(demo_posts.head(0), demo.OWN.name, RIVALS, TZ) == []


def test_the_channel_that_brings_the_applications_stands_out(demo_posts):
    visits = demo.careers_site_visits(demo_posts)
    found = findings(demo_posts, demo.OWN.name, RIVALS, TZ, visits=visits)
    channel = next(f for f in found if f.kind == "channel")
    assert channel.page == "impact" and channel.values["key"] == "linkedin"
    assert channel.values["applications"] > 3 * channel.values["visits"]
    assert [f.kind for f in found][:4] == ["waiting", "spike", "window", "competitor"]
    assert channel.text("en").startswith("LinkedIn brings 8% of the careers site's visits but 35%")
    assert channel.text("nl").startswith("LinkedIn levert 8% van de bezoeken")
    no_applications = visits.with_columns(pl.lit(None, dtype=pl.Float64).alias("key_events"))
    quiet = findings(demo_posts, demo.OWN.name, RIVALS, TZ, visits=no_applications)
    assert "channel" not in {f.kind for f in quiet}  # visits alone do not make this finding
