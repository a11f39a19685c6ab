#!/usr/bin/env python3
"""Score a parse of an e-paper issue against the reference typeset_epaper wrote.

    score_epaper.py REF PARSED [--min-chars X] [--min-iou Y]

REF is issue.ref.json; PARSED is what `broadsheet-cli parse` printed (format 1,
see docs/issue-json.md; articles under sections, with `zones` for PDF input) or
anything shaped like REF. Prints one JSON line:

    {"chars": S, "iou_mean": M, "iou_min": m, "articles": n, "parsed": p}

chars: the share of the reference's article characters (white space aside) that
land in the parsed article matched to their article. Each reference article is
matched to the parsed article holding most of its characters, one to one,
greedily by that overlap; a character counts when an 8-character window of its
text part containing it occurs in the matched article's text (kicker, title,
subtitle, byline, paragraphs, captions run together without white space), so
that a paragraph cut in two, or parts read in another order, still count.
Windows, not single characters: a common character alone proves nothing.

iou: per reference article, area(intersection) / area(union) of its zones and
its matched article's zones, page by page, exactly (coordinate compression);
an unmatched article scores 0. null when PARSED has no zones (the text route).

Exits 0, or 1 with a message when a --min-* threshold is not met (--min-iou
applies to iou_mean; iou_min is printed to find the worst article).
"""
import argparse
import json
import re
import sys

WINDOW = 8
SPACE = re.compile(r"\s+")


def text_of(value):
    if value is None:
        return ""
    if isinstance(value, dict):
        value = value.get("text") or ""
    return SPACE.sub("", value)


def parts(article):
    """The article's text parts, white space removed, empty ones left out."""
    out = [text_of(article.get(k)) for k in ("kicker", "title", "subtitle", "byline")]
    out += [text_of(p) for p in article.get("paragraphs") or []]
    out += [text_of(c) for c in article.get("captions") or []]
    return [p for p in out if p]


def articles_of(issue):
    if "sections" in issue:
        return [a for s in issue.get("sections") or [] for a in s.get("articles") or []]
    return list(issue.get("articles") or [])


def covered(part, grams, text):
    """How many characters of `part` an occurring window covers."""
    if len(part) <= WINDOW:
        return len(part) if part in text else 0
    hit = [False] * len(part)
    for start in range(len(part) - WINDOW + 1):
        if part[start:start + WINDOW] in grams:
            hit[start:start + WINDOW] = [True] * WINDOW
    return sum(hit)


def grams_of(text):
    return {text[i:i + WINDOW] for i in range(len(text) - WINDOW + 1)}


def area(rects_a, rects_b):
    """(area of A∩B, area of A∪B) for two sets of [x0, y0, x1, y1] on one page."""
    xs = sorted({v for r in rects_a + rects_b for v in (r[0], r[2])})
    ys = sorted({v for r in rects_a + rects_b for v in (r[1], r[3])})
    inter = union = 0.0

    def inside(rects, x, y):
        return any(r[0] <= x <= r[2] and r[1] <= y <= r[3] for r in rects)

    for i in range(len(xs) - 1):
        for j in range(len(ys) - 1):
            cx, cy = (xs[i] + xs[i + 1]) / 2, (ys[j] + ys[j + 1]) / 2
            a, b = inside(rects_a, cx, cy), inside(rects_b, cx, cy)
            if a or b:
                cell = (xs[i + 1] - xs[i]) * (ys[j + 1] - ys[j])
                union += cell
                inter += cell if a and b else 0.0
    return inter, union


def iou(zones_a, zones_b):
    pages = {z["page"] for z in zones_a + zones_b}
    inter = union = 0.0
    for page in pages:
        i, u = area([z["box"] for z in zones_a if z["page"] == page],
                    [z["box"] for z in zones_b if z["page"] == page])
        inter += i
        union += u
    return inter / union if union else 0.0


def score(ref, parsed):
    refs = articles_of(ref)
    found = articles_of(parsed)
    texts = ["".join(parts(a)) for a in found]
    grams = [grams_of(t) for t in texts]
    overlap = {}
    for r, article in enumerate(refs):
        for p in range(len(found)):
            n = sum(covered(part, grams[p], texts[p]) for part in parts(article))
            if n:
                overlap[(r, p)] = n
    match, taken = {}, set()
    for (r, p), n in sorted(overlap.items(), key=lambda kv: (-kv[1], kv[0])):
        if r not in match and p not in taken:
            match[r] = p
            taken.add(p)
    total = sum(len(part) for a in refs for part in parts(a))
    right = sum(overlap[(r, p)] for r, p in match.items())
    result = {"chars": round(right / total, 4) if total else 0.0,
              "iou_mean": None, "iou_min": None,
              "articles": len(refs), "parsed": len(found)}
    if any("zones" in a for a in found) and refs:
        ious = [iou(a.get("zones") or [], found[match[r]].get("zones") or [])
                if r in match else 0.0 for r, a in enumerate(refs)]
        result["iou_mean"] = round(sum(ious) / len(ious), 4)
        result["iou_min"] = round(min(ious), 4)
    return result


def main():
    args = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    args.add_argument("ref")
    args.add_argument("parsed")
    args.add_argument("--min-chars", type=float)
    args.add_argument("--min-iou", type=float)
    a = args.parse_args()
    with open(a.ref, encoding="utf-8") as f:
        ref = json.load(f)
    with open(a.parsed, encoding="utf-8") as f:
        parsed = json.load(f)
    result = score(ref, parsed)
    print(json.dumps(result))
    failed = []
    if a.min_chars is not None and result["chars"] < a.min_chars:
        failed.append(f"chars {result['chars']} < {a.min_chars}")
    if a.min_iou is not None:
        if result["iou_mean"] is None:
            failed.append("no zones in the parse to score")
        elif result["iou_mean"] < a.min_iou:
            failed.append(f"iou_mean {result['iou_mean']} < {a.min_iou}")
    if failed:
        print("score_epaper: below the threshold: " + "; ".join(failed), file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
