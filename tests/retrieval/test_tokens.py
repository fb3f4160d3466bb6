"""The BM25 tokeniser: domain terms whole (leftmost-longest), ASCII runs, single characters
minus stop characters, and CJK bigrams."""

import random

from reviewer.retrieval.tokens import STOP, Tokens, _CJK_RUN

WORDS = ("能源管理体系", "能源管理体系认证", "认证证书", "综合能耗", "单位产品综合能耗", "光伏", "碳排放")


def reference(text: str, words=WORDS) -> list[str]:
    """Brute force: at each position the longest term, else one character (ASCII runs whole)."""
    out, i = [], 0
    longest = max(map(len, words))
    while i < len(text):
        for n in range(min(longest, len(text) - i), 1, -1):
            if text[i:i + n] in words:
                out.append(text[i:i + n])
                i += n
                break
        else:
            j = i
            while j < len(text) and text[j].isascii() and text[j].isalnum():
                j += 1
            piece = text[i:j] if j > i else text[i]
            i = max(j, i + 1)
            if not piece.isspace():
                out.append(piece)
    kept = [w.lower() for w in out if len(w) >= 2 or (w not in STOP and _CJK_RUN.fullmatch(w))]
    for run in _CJK_RUN.findall(text):
        kept.extend(run[k:k + 2] for k in range(len(run) - 1))
    return kept


def test_terms_are_whole_and_longest():
    toks = Tokens(WORDS)("企业已取得能源管理体系认证证书，单位产品综合能耗为0.25 tce/t。")
    assert "能源管理体系认证" in toks and "能源管理体系" not in toks
    assert "单位产品综合能耗" in toks and "综合能耗" not in toks
    assert "tce" in toks and "25" in toks
    assert "的" not in toks and "为" not in toks  # stop characters are not unigrams...
    assert "耗为" in toks  # ...but bigrams still cover them


def test_matches_brute_force_reference():
    rng = random.Random(5)
    alphabet = list("能源管理体系认证书综合耗单位产品光伏碳排放的和年ABc12 .、") + list(WORDS)
    tk = Tokens(WORDS)
    for _ in range(300):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(1, 30)))
        assert tk._tokens(text) == reference(text), text


def test_cached_and_uncached_paths_agree():
    tk = Tokens(WORDS)
    short, long = "光伏发电量", "光伏发电量" * 60
    assert tk(short) == tk(short) == tk._tokens(short)
    assert tk(long) == tk._tokens(long)
