"""Theme keywords: distinctive per theme, stop words and employer names left out."""

from __future__ import annotations

import numpy as np

from core.themes.naming import keywords, label, representatives, stop_words

TEXTS = [
    "Vacature monteur gezocht, solliciteer bij Veldhuis",
    "Nieuwe vacature voor een monteur in Zwolle, solliciteer nu",
    "Vacature: ervaren monteur, solliciteer via de site",
    "De werkdruk is hoog en weer overuren bij Veldhuis",
    "Alweer overuren, de werkdruk is niet normaal",
    "Werkdruk en overuren, de planning klopt niet",
]
LABELS = np.array([0, 0, 0, 1, 1, 1])


def test_keywords_are_distinctive_and_skip_stop_words_and_names():
    words = keywords(TEXTS, LABELS, extra_stop=("Veldhuis",))
    assert {"vacature", "monteur", "solliciteer"} <= set(words[0][:4])
    assert {"werkdruk", "overuren"} <= set(words[1][:3])
    flat = [w for ws in words.values() for w in ws]
    assert "veldhuis" not in " ".join(flat)
    assert not {"de", "is", "en", "bij", "the"} & set(flat)
    assert label(words[1], "?").count("·") == 2 and label([], "Theme 3") == "Theme 3"


def test_unassigned_posts_do_not_shape_keywords():
    labels = np.array([0, 0, 0, -1, -1, -1])
    assert list(keywords(TEXTS, labels)) == [0]


def test_representatives_are_closest_to_the_centre():
    vectors = np.array([[1, 0], [0.8, 0.6], [0, 1], [0.6, 0.8]], dtype=np.float32)
    labels = np.array([0, 0, 1, 1])
    centroids = np.array([[1, 0], [0, 1]], dtype=np.float32)
    assert representatives(vectors, labels, centroids, top=1) == {0: [0], 1: [2]}


def test_stop_words_come_from_the_maintained_lists():
    words = stop_words()
    assert {"de", "het", "een", "the", "and"} <= words and "vacature" not in words
