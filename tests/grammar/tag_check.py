"""factline tag on real files: JSON fields, TimeML written back with the text unchanged
character for character, and the seed expressions the tagger must get right."""
import json
import re
import subprocess
import sys
import tempfile
import os

factline, seeds, te3 = sys.argv[1], sys.argv[2], sys.argv[3]
failures = []


def expect(condition, what):
    if not condition:
        failures.append(what)


def tag(*args):
    r = subprocess.run([factline, "tag", *args], capture_output=True, text=True)
    expect(r.returncode == 0, f"tag {args}: {r.stderr}")
    return r.stdout


# Seed expressions (issue: 000 and 001 of the seed corpus), resolved against each article's date.
def values(path, dct):
    out = json.loads(tag(os.path.join(seeds, path), "--dct", dct, "--format", "json"))
    return {t["text"]: t for t in out["timexes"]}


v = values("000_e278d27c92fd5286.txt", "2025-04-28")
expect(v["April 15"]["value"] == "2025-04-15", v.get("April 15"))
expect(v["2024"]["value"] == "2024" and v["2021"]["value"] == "2021", "years")
expect(v["four years ago"]["value"] == "2021", v.get("four years ago"))
for not_a_date in ("H20", "$385 billion", "10.4%", "7nm", "5-nanometer", "Mate 60"):
    expect(not any(not_a_date in t for t in v), f"{not_a_date} tagged")
v = values("001_2ce7d138358dc40e.txt", "2025-04-21")
expect(v["Apr 24, 2025, 12:00 AM"]["type"] == "TIME", v.get("Apr 24, 2025, 12:00 AM"))
expect(v["February"]["value"] == "2025-02", v.get("February"))
expect(v["months prior"]["latest"] == "2025-02-21", v.get("months prior"))
v = values("002_fec9117f088a86d3.txt", "2024-11-15")
expect(v["around five years ago"]["value"] == "2019" and v["around five years ago"]["mod"] == "APPROX",
       v.get("around five years ago"))
v = values("004_b1b133b70b90d89f.txt", "2025-07-15")
expect(v["2030"]["latest"] == "2030-12-31" and v["2030"]["earliest"] is None, v.get("2030"))

# TimeML out: same TEXT once our tags are stripped, DCT kept.
with tempfile.TemporaryDirectory() as d:
    src = os.path.join(te3, "timebank", "ABC19980108.1830.0711.tml")
    tag("--input", "timeml", "--format", "timeml", "--output-dir", d, src)
    out = open(os.path.join(d, os.path.basename(src)), encoding="utf-8").read()
    original = open(src, encoding="utf-8").read()
    strip = lambda s: re.sub(r"<[^>]*>", "", s[s.index("<TEXT>"):s.index("</TEXT>")])
    expect(strip(out) == strip(original), "TEXT unchanged")
    expect(out[:out.index("<TEXT>")] == original[:original.index("<TEXT>")], "head unchanged")
    expect('type="DURATION" value="P5Y">five year</TIMEX3>' in out, "a tagged duration")
    expect('type="DURATION" value="PT24H">the last twenty four hours</TIMEX3>' in out, "hours as a time length")

# A file larger than the tagger's 1 MiB read block is tagged a piece at a time: every date
# found once, at its exact byte offset, line and column. Lines of 1024 bytes make some pieces
# end exactly where a read did; one 1.5 MiB line makes a piece end inside a line.
with tempfile.TemporaryDirectory() as d:
    line = "Acme said on April 15, 2025 that it grew in 2024 and will list éarly in 2026."
    line = line + " " * (1023 - len(line.encode("utf-8"))) + "\n"
    long_line = ("On March 3, 2024 Acme moved. " * 54000)[:1_600_000] + "\n"
    text = line * 3000 + long_line + line * 10
    path = os.path.join(d, "big.txt")
    with open(path, "w", encoding="utf-8") as f:
        f.write(text)
    out = json.loads(tag(path, "--dct", "2025-05-01", "--format", "json"))
    expected = 3010 * 3 + long_line.count("March 3, 2024")
    expect(len(out["timexes"]) == expected, f"{len(out['timexes'])} dates in a big file, not {expected}")
    data = text.encode("utf-8")
    lines = text.split("\n")
    for t in out["timexes"]:
        if data[t["begin"]:t["end"]].decode("utf-8") != t["text"]:
            expect(False, f"offset of {t}")
            break
        row = lines[t["line"] - 1]
        if row[t["column"] - 1:t["column"] - 1 + len(t["text"])] != t["text"]:
            expect(False, f"line:column of {t}")
            break
    plain = tag(path, "--dct", "2025-05-01").splitlines()
    expect(len(plain) == expected, "text format: one line per date")

if failures:
    print("\n".join(map(str, failures)))
    print(f"0 passed, {len(failures)} failed")
    sys.exit(1)
print("1 passed, 0 failed")
