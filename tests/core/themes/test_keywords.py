"""Theme keywords: distinctive per theme, stop words and employer names left out."""

from __future__ import annotations

import numpy as np

from core.themes.keywords import keywords, names, phrase, representatives, stop_words

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


def test_a_name_is_a_key_phrase_and_no_two_names_are_alike():
    scored = {
        0: [("dag", 1.0), ("open dag", 0.8), ("zaterdag", 0.5)],
        1: [("dag", 0.9), ("teamdag", 0.7)],
        2: [("vacature", 1.0), ("monteur", 0.6)],
        3: [],
    }
    assert phrase(scored[0])[0] == "open dag"  # the pair says more than its best word
    named = names(scored, "Thema", taken={"Vacature"})
    assert named[0] == "Open dag" and named[1] == "Dag"
    assert named[2] == "Vacature · monteur"  # 'Vacature' is taken (e.g. a main theme's name)
    assert named[3] == "Thema 4"
    assert len(set(named.values())) == 4


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
