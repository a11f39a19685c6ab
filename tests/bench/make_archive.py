#!/usr/bin/env python3
"""Generates a synthetic archive of newspaper page files for the archive benchmarks.

    tests/bench/make_archive.py [--files 100000] [--out /tmp/archive100k]
                                [--papers 16] [--seed 1]

Each file is one page of one issue: a masthead line (the paper's name), a date
line (2019年2月20日 星期三), a page marker (第03版：要闻), then a slice of the
text of the project's test issues (tests/data/issues, tests/data/unseen, seeds).
Papers publish every day of 2019–2021 with 4 to 8 pages an issue; days are
generated in order, all papers each day, until --files pages are written.

The papers are filed in three naming styles, as real archives are:
    lyrb/2019-02-20/01.txt                       (pinyin folder, dated folder)
    吉林日报/2019/02/20/jlrb_20190220_A02.txt    (paper's name, year/month/day)
    rmrb20190220第03版.txt                        (all in the file's name)

The same seed gives the same archive, byte for byte. Python 3 standard library only.
"""

import argparse
import datetime
import random
import re
import sys
import time
from pathlib import Path

SOURCE_DIR = Path(__file__).resolve().parents[2]

# (pinyin, name, naming style). Real papers; the first four are the ones the
# archive benchmarks talk about. 长春晚报 (ccwb) is no abbreviation the parser
# knows, so it is filed under its name.
PAPERS = [
    ("lyrb", "辽源日报", "dated"),
    ("jlrb", "吉林日报", "named"),
    ("rmrb", "人民日报", "flat"),
    ("ccwb", "长春晚报", "named"),
    ("gmrb", "光明日报", "dated"),
    ("jjrb", "经济日报", "flat"),
    ("bjrb", "北京日报", "named"),
    ("xmwb", "新民晚报", "dated"),
    ("nfrb", "南方日报", "flat"),
    ("cqrb", "重庆日报", "named"),
    ("kjrb", "科技日报", "dated"),
    ("grrb", "工人日报", "flat"),
    ("nmrb", "农民日报", "named"),
    ("jfrb", "解放日报", "dated"),
    ("fzrb", "法治日报", "flat"),
    ("zgqnb", "中国青年报", "named"),
]

PAGE_NAMES = ["要闻", "要闻", "经济", "社会", "综合", "副刊", "体育", "国际", "文化",
              "教育", "健康", "理论", "民生", "法治", "视点"]
WEEKDAYS = "一二三四五六日"
FIRST_DAY = datetime.date(2019, 1, 1)
LAST_DAY = datetime.date(2021, 12, 31)

# Lines of the source issues that would give a page a second masthead, date or
# page marker: left out of the text pool.
NOT_BODY = re.compile(r"^(?:第\s*[A-Za-z]?\d{1,3}\s*版|[A-Za-z]?\d{1,2}\s*版|第[一二三四五六七八九十]+版)"
                      r"|\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日.{0,24}$"
                      r"|^\S{2,10}(?:日报|晚报|晨报|时报|商报|都市报|报)$")

AMOUNT = re.compile(r"(?<![\d.])\d+(?![\d年月日时号点版期])")


def decode(data, name):
    if data.startswith(b"\xff\xfe") or data.startswith(b"\xfe\xff"):
        return data.decode("utf-16")
    encodings = ["big5"] if "big5" in name else ["utf-8-sig", "gb18030", "big5"]
    for encoding in encodings:
        try:
            return data.decode(encoding)
        except UnicodeDecodeError:
            continue
    return data.decode("utf-8", errors="replace")


def text_pool():
    """The test issues' lines, each source a list of lines (blank lines kept)."""
    sources = []
    for folder in ("tests/data/issues", "tests/data/unseen", "seeds"):
        for path in sorted((SOURCE_DIR / folder).glob("*.txt")):
            text = decode(path.read_bytes(), path.name)
            lines = [line.rstrip() for line in text.splitlines()]
            lines = [line for line in lines if not NOT_BODY.search(line.strip())]
            if sum(len(line) for line in lines) > 1000:
                sources.append(lines)
    if not sources:
        sys.exit("no test issues found under " + str(SOURCE_DIR))
    return sources


def slice_of(sources, rng, target_bytes):
    """Runs of consecutive lines from random places of random issues, with the
    digits shifted, so that no two pages have the same text."""
    shift = rng.randrange(1, 10)
    table = str.maketrans("0123456789", "".join(str((d + shift) % 10) for d in range(10)))
    # Amounts and counts change; years, dates, times and page numbers stay plausible.
    def vary(text):
        return AMOUNT.sub(lambda m: m.group(0).translate(table), text)
    parts = []
    size = 0
    while size < target_bytes:
        lines = rng.choice(sources)
        start = rng.randrange(len(lines))
        run = lines[start:start + rng.randrange(20, 120)]
        chunk = "\n".join(run).strip("\n")
        if not chunk:
            continue
        chunk = vary(chunk) if rng.random() < 0.7 else chunk
        parts.append(chunk)
        size += len(chunk.encode("utf-8"))
    return "\n\n".join(parts)


def page_path(out, paper, style, day, page):
    pinyin, name, _ = paper
    ymd = day.strftime("%Y%m%d")
    if style == "dated":
        return out / pinyin / day.isoformat() / f"{page:02d}.txt"
    if style == "named":
        return (out / name / f"{day.year}" / f"{day.month:02d}" / f"{day.day:02d}"
                / f"{pinyin}_{ymd}_A{page:02d}.txt")
    return out / f"{pinyin}{ymd}第{page:02d}版.txt"


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--files", type=int, default=100000, help="page files to write")
    parser.add_argument("--out", default="/tmp/archive100k", help="folder to write into")
    parser.add_argument("--papers", type=int, default=len(PAPERS),
                        help=f"papers, at most {len(PAPERS)}")
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()
    papers = PAPERS[:max(1, min(args.papers, len(PAPERS)))]

    rng = random.Random(args.seed)
    sources = text_pool()
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    started = time.monotonic()
    written = 0
    total_bytes = 0
    styles = {}
    day = FIRST_DAY
    while written < args.files and day <= LAST_DAY:
        date_line = f"{day.year}年{day.month}月{day.day}日 星期{WEEKDAYS[day.weekday()]}"
        for paper in papers:
            style = paper[2]
            pages = rng.randint(4, 8)
            names = ["要闻"] + rng.sample(PAGE_NAMES[2:], pages - 1)
            for page in range(1, pages + 1):
                if written >= args.files:
                    break
                marker = f"第A{page:02d}版：{names[page - 1]}" if style == "named" \
                    else f"第{page:02d}版：{names[page - 1]}"
                body = slice_of(sources, rng, rng.randint(5000, 14000))
                text = f"{paper[1]}\n{date_line}\n\n{marker}\n\n{body}\n"
                path = page_path(out, paper, style, day, page)
                path.parent.mkdir(parents=True, exist_ok=True)
                data = text.encode("utf-8")
                path.write_bytes(data)
                written += 1
                total_bytes += len(data)
                styles[style] = styles.get(style, 0) + 1
        day += datetime.timedelta(days=1)

    seconds = time.monotonic() - started
    print(f"{written} files, {total_bytes} bytes ({total_bytes / 2**20:.1f} MiB, "
          f"{total_bytes / max(written, 1) / 1024:.1f} KiB a file) in {out}")
    print(f"papers {len(papers)}, days {FIRST_DAY} to {day - datetime.timedelta(days=1)}, "
          f"styles {styles}, {seconds:.1f} s")
    if written < args.files:
        print(f"only {written} of {args.files} files: 2019–2021 hold no more pages for "
              f"{len(papers)} papers (raise --papers)", file=sys.stderr)


if __name__ == "__main__":
    main()
