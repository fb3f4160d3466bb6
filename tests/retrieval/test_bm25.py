"""In-house BM25 (Lucene idf, k1 = 1.5, b = 0.75) over one report's chunks."""

import math

from reviewer.retrieval.search import BM25


def test_scores_follow_the_lucene_formula():
    corpus = [["光伏", "发电", "光伏"], ["能耗", "发电"], ["用水"], []]
    bm = BM25(corpus)
    avg = 6 / 4
    idf = math.log(1 + (4 - 1 + 0.5) / (1 + 0.5))  # "光伏" is in one chunk of four
    expected = idf * 2 / (1.5 * (0.25 + 0.75 * 3 / avg) + 2)
    (best, score), = bm.top(["光伏"], 5)
    assert best == 0 and math.isclose(score, expected, rel_tol=1e-9)


def test_ranking_rare_terms_length_and_repeats():
    corpus = [["发电"] + ["x"] * 20, ["发电", "光伏"], ["发电"], ["用水"]]
    bm = BM25(corpus)
    ranked = [i for i, _ in bm.top(["发电", "光伏"], 10)]
    assert ranked[0] == 1  # the only chunk with the rare term
    assert ranked.index(2) < ranked.index(0)  # same tf, shorter chunk first
    assert 3 not in ranked  # no score, no hit
    once, twice = dict(bm.top(["发电"], 10)), dict(bm.top(["发电", "发电"], 10))
    assert all(math.isclose(twice[i], 2 * once[i]) for i in once)  # a repeated query token counts twice
    assert len(bm.top(["发电"], 2)) == 2 and BM25([]).top(["发电"], 3) == []
