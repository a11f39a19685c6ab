#!/usr/bin/env python3
"""The e-paper scorer gives 1.0 to a parse that is the reference, and clearly
less to parses that merge or split articles or shift their zones: a scorer
that cannot fail would pass any parser.

    test_score_epaper.py   (exits 1 naming the cases that failed)
"""
import copy
import json
import os
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import score_epaper  # noqa: E402

REF = {
    "format": 1, "seed": 0, "pages": [{"number": 1, "size": [400, 600]}],
    "articles": [
        {"id": 1, "kicker": "守护一江清水向东流", "title": "鹭江干流水质连续三年保持Ⅱ类",
         "subtitle": None, "byline": "本报记者 冷宇航",
         "paragraphs": ["日前，市生态环境局发布的监测数据显示，鹭江干流我市境内6个国控、省控断面水质连续三年全部达到Ⅱ类标准。",
                        "为守护鹭江一江清水，我市全面推行河湖长制，市、县、乡、村四级河湖长2100余名常态化开展巡河护河。"],
         "captions": ["鹭江临澄段江面开阔、水清岸绿。本报通讯员 巩志远 摄"],
         "zones": [{"page": 1, "box": [20, 40, 200, 80]}, {"page": 1, "box": [20, 84, 100, 300]},
                   {"page": 1, "box": [110, 84, 200, 260]}]},
        {"id": 2, "kicker": None, "title": "让绿色成为高质量发展的鲜明底色", "subtitle": None,
         "byline": "□ 芮景明",
         "paragraphs": ["良好的生态环境是最普惠的民生福祉。蓝天白云常见、一江清水长流，这些看得见、摸得着的变化，让群众切实感受到了幸福感。",
                        "推动绿色发展，根本在于转变发展方式，加快产业结构、能源结构、交通运输结构调整。"],
         "captions": [], "zones": [{"page": 1, "box": [210, 40, 380, 320]}]},
        {"id": 3, "kicker": None, "title": "城东新区今年将建成十二所学校",
         "subtitle": "——新增学位一万二千余个", "byline": None,
         "paragraphs": ["本报讯(记者 林晓雯)记者从城东新区教育局获悉，今年新区将有十二所中小学和幼儿园建成投用。"],
         "captions": [],
         "zones": [{"page": 1, "box": [20, 340, 380, 560]}, {"page": 2, "box": [20, 40, 200, 90]}]},
    ],
}


def as_parsed(articles, zones=True):
    """Articles in the shape broadsheet-cli prints (format 1)."""
    out = []
    for i, a in enumerate(articles, 1):
        p = {"id": i, "kind": "news"}
        for key in ("kicker", "title", "subtitle", "byline"):
            p[key] = {"text": a[key], "lines": [1]} if a.get(key) else None
        p["paragraphs"] = [{"text": t, "lines": [1]} for t in a["paragraphs"]]
        p["captions"] = [{"text": t, "lines": [1]} for t in a["captions"]]
        if zones:
            p["zones"] = copy.deepcopy(a["zones"])
        out.append(p)
    return {"format": 1, "sections": [{"title": "", "line": None, "articles": out}]}


def merged(ref):
    a, b, c = copy.deepcopy(ref["articles"])
    a["paragraphs"] += [b["title"]] + b["paragraphs"]
    a["zones"] += b["zones"]
    return [a, c]


def split(ref):
    a, b, c = copy.deepcopy(ref["articles"])
    tail = dict(a, kicker=None, title=None, byline=None, captions=[],
                paragraphs=a["paragraphs"][1:], zones=a["zones"][2:])
    a["paragraphs"], a["zones"] = a["paragraphs"][:1], a["zones"][:2]
    return [a, tail, b, c]


def shifted(ref, dx):
    arts = copy.deepcopy(ref["articles"])
    for a in arts:
        for z in a["zones"]:
            z["box"] = [z["box"][0] + dx, z["box"][1], z["box"][2] + dx, z["box"][3]]
    return arts


def run(parsed, *extra):
    with tempfile.TemporaryDirectory() as tmp:
        ref_path, parsed_path = os.path.join(tmp, "ref.json"), os.path.join(tmp, "parsed.json")
        with open(ref_path, "w", encoding="utf-8") as f:
            json.dump(REF, f, ensure_ascii=False)
        with open(parsed_path, "w", encoding="utf-8") as f:
            json.dump(parsed, f, ensure_ascii=False)
        done = subprocess.run([sys.executable, os.path.join(HERE, "score_epaper.py"), ref_path,
                               parsed_path, *extra], capture_output=True, text=True)
        return done.returncode, json.loads(done.stdout.splitlines()[0])


def main():
    failures = []

    def check(name, ok, result):
        print(f"{'ok  ' if ok else 'FAIL'} {name}: {json.dumps(result)}")
        if not ok:
            failures.append(name)

    code, same = run(as_parsed(REF["articles"]), "--min-chars", "1.0", "--min-iou", "1.0")
    check("the reference itself scores 1.0/1.0",
          code == 0 and same["chars"] == 1.0 and same["iou_mean"] == 1.0 and same["iou_min"] == 1.0,
          same)
    r = score_epaper.score(REF, REF)
    check("the reference in its own shape scores 1.0/1.0", r["chars"] == 1.0 and r["iou_min"] == 1.0, r)
    r = score_epaper.score(REF, as_parsed(list(reversed(REF["articles"]))))
    check("order does not matter", r["chars"] == 1.0 and r["iou_min"] == 1.0, r)
    r = score_epaper.score(REF, as_parsed(merged(REF)))
    check("two articles merged", r["chars"] < 0.8 and r["iou_min"] == 0.0 and r["iou_mean"] < 0.7, r)
    r = score_epaper.score(REF, as_parsed(split(REF)))
    check("an article split in two", r["chars"] < 0.9 and r["iou_min"] < 0.7, r)
    r = score_epaper.score(REF, as_parsed(shifted(REF, 30)))
    check("zones shifted by 30 pt", r["chars"] == 1.0 and r["iou_mean"] < 0.85, r)
    r = score_epaper.score(REF, as_parsed(shifted(REF, 2)))
    check("zones shifted by 2 pt stay close", 0.95 < r["iou_mean"] < 1.0, r)
    moved = copy.deepcopy(REF["articles"])
    moved[2]["zones"] = [{"page": 2, "box": [20, 340, 380, 560]}, {"page": 1, "box": [20, 40, 200, 90]}]
    r = score_epaper.score(REF, as_parsed(moved))
    check("a zone on the wrong page", r["iou_min"] < 0.1, r)
    swapped = copy.deepcopy(REF["articles"])
    swapped[0]["paragraphs"][1], swapped[1]["paragraphs"][0] = \
        swapped[1]["paragraphs"][0], swapped[0]["paragraphs"][1]
    r = score_epaper.score(REF, as_parsed(swapped))
    check("a paragraph in the wrong article", 0.5 < r["chars"] < 0.85, r)
    r = score_epaper.score(REF, as_parsed(REF["articles"], zones=False))
    check("the text route has no iou", r["chars"] == 1.0 and r["iou_mean"] is None, r)
    r = score_epaper.score(REF, {"format": 1, "sections": []})
    check("nothing parsed", r["chars"] == 0.0 and r["iou_mean"] is None, r)
    code, r = run(as_parsed(merged(REF)), "--min-chars", "0.98")
    check("--min-chars fails a merge", code == 1, r)
    code, r = run(as_parsed(shifted(REF, 30)), "--min-chars", "0.98", "--min-iou", "0.9")
    check("--min-iou fails shifted zones", code == 1, r)
    code, r = run(as_parsed(REF["articles"], zones=False), "--min-iou", "0.9")
    check("--min-iou fails a parse without zones", code == 1, r)
    if failures:
        print("failed: " + ", ".join(failures), file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
