"""Precision on real news: the 256 TempEval-3 training articles (TimeBank, AQUAINT), read as
a corpus with their creation dates as publication dates, are about many different events
and hold no contradiction between sources that we know of. factline must report none; every
amount and event it builds is printed when it fails, to see why."""
import glob
import html
import json
import os
import re
import subprocess
import sys
import tempfile

factline, te3 = sys.argv[1], sys.argv[2]
with tempfile.TemporaryDirectory() as d:
    n = 0
    for path in sorted(glob.glob(os.path.join(te3, "*", "*.tml"))):
        with open(path, encoding="utf-8") as f:
            source = f.read()
        text = re.search(r"<TEXT>(.*)</TEXT>", source, re.S)
        dct = re.search(r'<DCT><TIMEX3[^>]*value="(\d{4}-\d{2}-\d{2})', source)
        if not text or not dct:
            continue
        body = html.unescape(re.sub(r"<[^>]+>", "", text.group(1))).strip()
        name = os.path.basename(path).replace(".tml", ".txt")
        with open(os.path.join(d, name), "w", encoding="utf-8") as f:
            f.write(f"---\ndate: {dct.group(1)}\n---\n{body}\n")
        n += 1
    run = subprocess.run([factline, "check", d, "--format", "json"], capture_output=True,
                         text=True)
    report = json.loads(run.stdout)
    conflicts = report["conflicts"]
    if n < 250 or run.returncode != 0 or conflicts:
        print(f"{n} articles, exit {run.returncode}, {len(conflicts)} conflicts")
        for c in conflicts:
            print(f"  [{c['rule']}] {c['message']}")
        sys.exit(1)
    print(f"{n} articles, {report['summary']['events']} dated events, "
          f"{report['summary']['amounts']} amounts, 0 conflicts")
