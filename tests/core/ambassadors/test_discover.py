def test_top_themes_per_person():
    import polars as pl

    from core.ambassadors.discover import top_themes

    posts = pl.DataFrame(
        {
            "author_handle": ["@Sanne", "@sanne", "@sanne", "@piet", None],
            "author_name": ["Sanne", "Sanne", "Sanne", "Piet", "Anon"],
            "theme_name": ["projecten", "projecten", "cultuur", None, "werkdruk"],
        }
    )
    assert top_themes(posts, ["sanne", "piet"]) == {"sanne": "projecten | cultuur"}
    assert top_themes(posts.drop("theme_name"), ["sanne"]) == {}
