#!/usr/bin/env python3
"""Broadsheet against its peers, measured side by side as whole processes.

    tests/bench/compare_peers.py [--issues N] [--big] [--queries Q] [--runs R]
                                 [--build DIR] [--cli PROGRAM] [--work DIR [--reuse]]
                                 [--keep]

On the synthetic archive that bench_library writes (the sample issues'
articles recombined; about 9 KB an issue, or about 20 KB with --big), in one
run and on the same files:

* indexing: `broadsheet-cli import` against `recollindex` (Recoll, with a
  private configuration in the work folder: CJK bigrams, cjkngramlen = 2), as
  issues a second and peak memory of the process;
* searching: `broadsheet-cli search --limit 20 QUERY` against
  `recollq -n 20 QUERY` and ripgrep over the files (`rg -l -F`; two terms are
  two rg passes), for queries of 1, 2, 3 and 6 characters and of two terms,
  each timed RUNS times with the three tools taking turns;
* start-up: `broadsheet-cli --version`;
* counts: every query's article count from Broadsheet is checked against a
  substring scan of the parsed, folded text of every article (which
  bench_library writes); Recoll's and rg's counts are files, shown beside.

Prints a Markdown table. Exits 1 when a count disagrees, 2 when a tool or the
build is missing. The default size takes a few minutes on two cores;
`--issues 20000` is the archive of the README's benchmark (about half an hour
here, most of it Recoll's indexing). Not part of the test suite.

Needs a Release build with the targets broadsheet-cli and bench_library
(default: build/release), and Debian's recollcmd and ripgrep. --cli times
another broadsheet-cli (an older build, say) on the same files; --work with
--reuse searches an archive and indexes kept (--keep) from an earlier run.
"""
import argparse
import os
import platform
import random
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time

SOURCE_DIR = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
CLASSES = [("1 char", 1), ("2 chars", 2), ("3 chars", 3), ("6 chars", 6), ("two terms", 0)]


def run_process(command, env=None, output=subprocess.DEVNULL):
    """Runs a command to its end: (wall seconds, peak RSS in MiB, exit status). The
    peak cannot read below this script's own (about 10 MiB), which the child has
    until it starts its program."""
    start = time.perf_counter()
    process = subprocess.Popen(command, stdout=output, stderr=subprocess.DEVNULL,
                               stdin=subprocess.DEVNULL, env=env)
    _, status, usage = os.wait4(process.pid, 0)
    wall = time.perf_counter() - start
    process.returncode = os.waitstatus_to_exitcode(status)
    return wall, usage.ru_maxrss / 1024.0, process.returncode


def output_of(command, env=None):
    return subprocess.run(command, capture_output=True, text=True, env=env,
                          stdin=subprocess.DEVNULL).stdout


def folder_bytes(path):
    total = 0
    for root, _, files in os.walk(path):
        for name in files:
            total += os.path.getsize(os.path.join(root, name))
    return total


def pick_queries(articles, per_class, seed):
    """Substrings of random articles (each finds at least one), as bench_library picks them."""
    rng = random.Random(seed)

    def substring(length):
        while True:
            text = rng.choice(articles)
            if len(text) <= length:
                continue
            at = rng.randrange(len(text) - length)
            s = text[at:at + length]
            if s.isalnum():
                return s

    def pair():
        while True:
            text = rng.choice(articles)
            if len(text) < 40:
                continue
            first = text[rng.randrange(len(text) - 2):][:2]
            second = text[rng.randrange(len(text) - 2):][:2]
            if first != second and (first + second).isalnum():
                return first + " " + second

    return {name: [substring(length) if length else pair() for _ in range(per_class)]
            for name, length in CLASSES}


def percentile(values, p):
    values = sorted(values)
    return values[min(len(values) - 1, int(p * len(values)))]


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--issues", type=int, default=1000, help="issue files (default 1000)")
    parser.add_argument("--big", action="store_true", help="issues of about 20 KB, not 9 KB")
    parser.add_argument("--queries", type=int, default=5, help="queries per class (default 5)")
    parser.add_argument("--runs", type=int, default=5, help="timed runs of each (default 5)")
    parser.add_argument("--build", default=os.path.join(SOURCE_DIR, "build", "release"),
                        help="the build folder (default build/release)")
    parser.add_argument("--cli", help="the broadsheet-cli to time (default: the build's)")
    parser.add_argument("--work", help="folder for the archive and indexes (default: temporary)")
    parser.add_argument("--keep", action="store_true", help="keep the work folder")
    parser.add_argument("--reuse", action="store_true",
                        help="with --work: search the archive and indexes already there")
    parser.add_argument("--seed", type=int, default=20261127)
    args = parser.parse_args()

    cli = args.cli or os.path.join(args.build, "src", "cli", "broadsheet-cli")
    generator = os.path.join(args.build, "tests", "bench", "bench_library")
    for program in (cli, generator):
        if not os.access(program, os.X_OK):
            sys.exit(f"{program} is missing: cmake --build {args.build} "
                     "--target broadsheet-cli bench_library")
    tools = {name: shutil.which(name) for name in ("recollindex", "recollq", "rg")}
    missing = [name for name, path in tools.items() if not path]
    if missing:
        print(f"missing: {', '.join(missing)} (apt-get install recollcmd ripgrep)",
              file=sys.stderr)
        return 2

    work = args.work or tempfile.mkdtemp(prefix="broadsheet-peers-")
    os.makedirs(work, exist_ok=True)
    try:
        return compare(args, cli, generator, tools, work)
    finally:
        if not args.keep and not args.work:
            shutil.rmtree(work, ignore_errors=True)
        elif args.keep:
            print(f"\nkept: {work}", file=sys.stderr)


def compare(args, cli, generator, tools, work):
    env = dict(os.environ, LC_ALL="C.UTF-8", LANG="C.UTF-8")
    archive = os.path.join(work, "archive")
    library = os.path.join(work, "library.sqlite")
    confdir = os.path.join(work, "recoll")
    log = lambda text: print(text, file=sys.stderr, flush=True)

    recoll_env = dict(env, RECOLL_CONFDIR=confdir)
    reuse = args.reuse and all(os.path.exists(p) for p in (
        archive, library, os.path.join(work, "articles.txt"), os.path.join(confdir, "xapiandb")))
    if reuse:
        log(f"reusing the archive and indexes in {work}: indexing is not timed")
        bs_index = rc_index = None
    else:
        # 1. The archive, and the folded text of its every article (the ground truth).
        articles_range = "20,30" if args.big else "8,14"
        log(f"writing {args.issues} issues into {archive}")
        subprocess.run([generator, "--issues", str(args.issues), "--articles", articles_range,
                        "--dir", work, "--write-only"], check=True, stdout=subprocess.DEVNULL)

        # 2. Indexing, one after the other, each from nothing.
        for path in (library, library + "-wal", library + "-shm"):
            if os.path.exists(path):
                os.remove(path)
        log("broadsheet-cli import")
        bs_index = run_process([cli, "import", "--library", library, archive], env)
        shutil.rmtree(confdir, ignore_errors=True)
        os.makedirs(confdir)
        with open(os.path.join(confdir, "recoll.conf"), "w", encoding="utf-8") as f:
            f.write(f"topdirs = {archive}\n"
                    "# Chinese: every pair of neighbouring characters is a term (the default).\n"
                    "cjkngramlen = 2\n"
                    "# Nothing the comparison does not need: no stemming, no spelling data.\n"
                    "indexstemminglanguages =\n"
                    "noaspell = 1\n"
                    "indexedmimetypes = text/plain\n"
                    "loglevel = 1\n")
        log("recollindex")
        rc_index = run_process([tools["recollindex"], "-c", confdir], recoll_env)
        if bs_index[2] != 0 or rc_index[2] != 0:
            log(f"indexing failed: broadsheet-cli {bs_index[2]}, recollindex {rc_index[2]}")
            return 1
    raw_bytes = folder_bytes(archive)
    issues = sum(len(files) for _, _, files in os.walk(archive))
    bs_size = sum(os.path.getsize(p) for p in (library, library + "-wal") if os.path.exists(p))
    rc_size = folder_bytes(os.path.join(confdir, "xapiandb"))

    # 3. Queries, each tool in turn, run after run. The article texts are read only
    # now: a child's peak memory counts this process's until it starts its program.
    with open(os.path.join(work, "articles.txt"), encoding="utf-8") as f:
        articles = f.read().split("\n")[:-1]
    queries = pick_queries(articles, args.queries, args.seed)
    commands = {
        "broadsheet": lambda q: [cli, "search", "--library", library, "--limit", "20"] + q.split(),
        "recoll": lambda q: [tools["recollq"], "-c", confdir, "-n", "20", q],
        "rg": lambda q: (["sh", "-c", 'rg -l -0 -F -e "$1" "$0" | xargs -0 -r rg -l -F -e "$2"',
                          archive] + q.split()) if " " in q
                        else [tools["rg"], "-l", "-F", "-e", q, archive],
    }
    rows = []
    mismatches = []
    for name, _ in CLASSES:
        log(f"queries: {name}")
        times = {tool: [] for tool in commands}
        counts = {"articles": [], "truth": [], "recoll": [], "rg": []}
        for query in queries[name]:
            terms = query.split()
            truth = sum(1 for text in articles if all(t in text for t in terms))
            counted = output_of([cli, "search", "--library", library, "--count"] + terms, env)
            found = int(counted) if counted.strip().isdigit() else -1
            if found != truth:
                mismatches.append(f"{query}: broadsheet {found}, substring scan {truth}")
            head = output_of(commands["recoll"](query), recoll_env)
            match = re.search(r"^(\d+) results", head, re.M)
            files = output_of(commands["rg"](query), env).split("\n")
            counts["articles"].append(found)
            counts["truth"].append(truth)
            counts["recoll"].append(int(match.group(1)) if match else 0)
            counts["rg"].append(len([f for f in files if f]))
            per_query = {tool: [] for tool in commands}
            for run in range(args.runs + 1):  # the first is a warm-up
                for tool, command in commands.items():
                    wall = run_process(command(query), recoll_env if tool == "recoll" else env)[0]
                    if run:
                        per_query[tool].append(wall * 1000)
            for tool in commands:
                times[tool].append(statistics.median(per_query[tool]))
        rows.append((name, queries[name], times, counts))

    version = [run_process([cli, "--version"], env)[0] * 1000 for _ in range(args.runs * 4)]

    # 4. The table.
    mib = 1024 * 1024
    print(f"## Broadsheet and its peers: {issues} issues, {raw_bytes / mib:.1f} MiB of text "
          f"({len(articles)} articles)\n")
    print(f"{platform.node()}: {os.cpu_count()} cores, {platform.platform()}; "
          f"{output_of([cli, '--version']).strip()}, "
          f"{output_of([tools['rg'], '--version']).splitlines()[0]}, "
          f"Recoll {recoll_version()}. Whole processes, wall time; each search time is the "
          f"median of {args.runs} runs, the tools taking turns; p50 and max over "
          f"{args.queries} queries a class. Peak memory: of the process (at least this "
          f"script's own, about 10 MiB).\n")
    print("| Indexing | Time | Rate | Peak memory | Index size |")
    print("|---|---|---|---|---|")
    for label, index, size in (("`broadsheet-cli import`", bs_index, bs_size),
                                ("`recollindex`", rc_index, rc_size)):
        timed = (f"{index[0]:.1f} s | {issues / index[0]:.0f} issues/s | {index[1]:.0f} MiB"
                 if index else "(reused) | | ")
        print(f"| {label} | {timed} | {size / mib:.0f} MiB = {size / raw_bytes:.2f}× the text |")
    if bs_index and rc_index:
        print(f"| Broadsheet ÷ Recoll | | {rc_index[0] / bs_index[0]:.2f}× the rate | "
              f"{bs_index[1] / rc_index[1]:.3f}× the memory | {bs_size / rc_size:.2f}× |")
    print()
    print("| Query class | `broadsheet-cli search` p50 / max ms | `recollq -n 20` p50 / max ms | "
          "`rg` p50 ms | Broadsheet ÷ Recoll (p50) | Articles found (= substring scan) | "
          "Files: Recoll / rg |")
    print("|---|---|---|---|---|---|---|")
    for name, _, times, counts in rows:
        bs, rc, rg = times["broadsheet"], times["recoll"], times["rg"]
        exact = sum(1 for a, t in zip(counts["articles"], counts["truth"]) if a == t)
        print(f"| {name} | {percentile(bs, 0.5):.1f} / {max(bs):.1f} | "
              f"{percentile(rc, 0.5):.1f} / {max(rc):.1f} | {percentile(rg, 0.5):.0f} | "
              f"{percentile(bs, 0.5) / percentile(rc, 0.5):.2f} | "
              f"{statistics.median(counts['articles']):.0f} ({exact}/{len(counts['truth'])} exact) | "
              f"{statistics.median(counts['recoll']):.0f} / {statistics.median(counts['rg']):.0f} |")
    print(f"| `broadsheet-cli --version` | {percentile(version, 0.5):.1f} / {max(version):.1f} "
          "| | | | | |")
    print("\nQueries: " + "; ".join(f"{name}: {' · '.join(qs)}" for name, qs, _, _ in rows))
    if mismatches:
        print("\nCOUNT MISMATCHES:\n" + "\n".join(f"* {m}" for m in mismatches))
        return 1
    print("\nEvery Broadsheet count agrees with the substring scan.")
    return 0


def recoll_version():
    text = output_of(["dpkg-query", "-W", "-f", "${Version}", "recollcmd"])
    return text.strip() or "(version unknown)"


if __name__ == "__main__":
    sys.exit(main())
