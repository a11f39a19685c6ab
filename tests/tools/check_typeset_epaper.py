#!/usr/bin/env python3
"""typeset_epaper is honest: for several seeds, the text pdftotext reads from the
PDF holds every character of every reference article (what the reference says
was set was set), the words Poppler finds inside an article's zones are exactly
its characters (plus its jump markers and repeated title: the zones are right),
the layouts vary, and a two-page issue jumps an article.

    check_typeset_epaper.py --typeset PATH [--seeds 1-6]

Exits 1 naming what failed.
"""
import argparse
import collections
import html
import json
import os
import re
import subprocess
import sys
import tempfile

SPACE = re.compile(r"\s+")
TAG = re.compile(r'<page width|<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" '
                 r'yMax="([\d.]+)">(.*?)</word>')


def seeds(spec):
    first, _, last = spec.partition("-")
    return range(int(first), int(last or first) + 1)


def words(pdf):
    """Per page (1-based), Poppler's words: (centre x, centre y, text)."""
    done = subprocess.run(["pdftotext", "-bbox", "-enc", "UTF-8", pdf, "-"],
                          capture_output=True, text=True, check=True)
    pages = collections.defaultdict(list)
    page = 0
    for m in TAG.finditer(done.stdout):
        if m.group(0).startswith("<page"):
            page += 1
            continue
        x0, y0, x1, y1 = (float(v) for v in m.groups()[:4])
        pages[page].append(((x0 + x1) / 2, (y0 + y1) / 2, html.unescape(m.group(5))))
    return pages


def in_zones(article, page_words):
    """The text of the words inside the article's zones, in the PDF's order."""
    found = ""
    for page in sorted({z["page"] for z in article["zones"]}):
        boxes = [z["box"] for z in article["zones"] if z["page"] == page]
        for x, y, text in page_words[page]:
            if any(b[0] <= x <= b[2] and b[1] <= y <= b[3] for b in boxes):
                found += SPACE.sub("", text)
    return found


def check_seed(typeset, seed, pages, tmp):
    out = os.path.join(tmp, f"seed{seed}")
    done = subprocess.run([typeset, "--seed", str(seed), "--pages", str(pages), "--out", out],
                          capture_output=True, text=True)
    if done.returncode != 0:
        return [f"typeset_epaper failed: {done.stderr.strip()}"], None
    with open(os.path.join(out, "issue.ref.json"), encoding="utf-8") as f:
        ref = json.load(f)
    with open(os.path.join(out, "issue.pdftotext.txt"), encoding="utf-8") as f:
        text = SPACE.sub("", f.read())
    problems = []
    if len(ref["pages"]) != pages:
        problems.append(f"{len(ref['pages'])} pages, not {pages}")
    sizes = {p["number"]: p["size"] for p in ref["pages"]}
    placed = collections.Counter()
    page_words = words(os.path.join(out, "issue.pdf"))
    jumped = {j["article"] for j in ref.get("jumps", [])}
    for a in ref["articles"]:
        parts = [a[k] for k in ("kicker", "title", "subtitle", "byline") if a[k]]
        parts += a["paragraphs"] + a["captions"]
        mine = collections.Counter(SPACE.sub("", "".join(parts)))
        placed.update(mine)
        zone_text = in_zones(a, page_words)
        found = collections.Counter(zone_text)
        if a["id"] in jumped:  # the markers and the title set again are not its text
            jump = next(j for j in ref["jumps"] if j["article"] == a["id"])
            markers = [f"（下转第{jump['to']}版）", f"（上接第{jump['from']}版）"]
            if not all(m in zone_text for m in markers):
                problems.append(f"article {a['id']}: jump markers {markers} not in its zones")
            found -= collections.Counter("".join(markers) + SPACE.sub("", a["title"]))
        if found != mine:
            problems.append(f"article {a['id']}: its zones hold {sum(found.values())} characters, "
                            f"it has {sum(mine.values())}; missing "
                            f"{''.join((mine - found).elements())[:20]!r}, foreign "
                            f"{''.join((found - mine).elements())[:20]!r}")
        if not a["zones"]:
            problems.append(f"article {a['id']} has no zones")
        for z in a["zones"]:
            x0, y0, x1, y1 = z["box"]
            w, h = sizes[z["page"]]
            if not (0 <= x0 < x1 <= w and 0 <= y0 < y1 <= h):
                problems.append(f"article {a['id']}: zone {z['box']} off page {z['page']}")
    # Every character placed, as often as placed (jump markers and the repeated
    # title only add to the page's text).
    missing = placed - collections.Counter(text)
    if missing:
        problems.append(f"characters missing from the PDF: {''.join(sorted(missing))[:40]}")
    if len(ref["articles"]) < 3 * pages:
        problems.append(f"only {len(ref['articles'])} articles on {pages} pages")
    if pages >= 2 and not ref.get("jumps"):
        problems.append("no article jumps to the next page")
    return problems, ref


def main():
    args = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    args.add_argument("--typeset", required=True)
    args.add_argument("--seeds", default="1-6")
    a = args.parse_args()
    failures, columns = [], set()
    with tempfile.TemporaryDirectory() as tmp:
        for seed in seeds(a.seeds):
            pages = 1 + seed % 2  # odd seeds two pages, even seeds one
            problems, ref = check_seed(a.typeset, seed, pages, tmp)
            if ref:
                columns.update(p["columns"] for p in ref["pages"])
                print(f"seed {seed}: {len(ref['pages'])} pages, columns "
                      f"{[p['columns'] for p in ref['pages']]}, {len(ref['articles'])} articles, "
                      f"{len(ref.get('jumps', []))} jumps")
            failures += [f"seed {seed}: {p}" for p in problems]
    if len(columns) < 3 or not columns <= {3, 4, 5, 6}:
        failures.append(f"column counts across seeds: {sorted(columns)} (want 3 of 3–6)")
    for f in failures:
        print("FAIL " + f)
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
