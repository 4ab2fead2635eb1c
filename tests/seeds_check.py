"""Acceptance: the seed corpus gives exactly one conflict, the H20 ban, citing
000_e278d27c92fd5286.txt line 7 ("on April 15", published 2025-04-28) and
001_2ce7d138358dc40e.txt line 12 ("months prior", published 2025-04-21)."""
import json
import subprocess
import sys

factline, seeds = sys.argv[1], sys.argv[2]
run = subprocess.run([factline, "check", seeds, "--format", "json"], capture_output=True, text=True)
assert run.returncode == 1, f"exit {run.returncode}: {run.stderr}"
report = json.loads(run.stdout)
conflicts = report["conflicts"]
assert len(conflicts) == 1, json.dumps(conflicts, indent=1)
claims = {(c["path"], c["line"]): c for c in conflicts[0]["claims"]}
first = claims[("000_e278d27c92fd5286.txt", 7)]
second = claims[("001_2ce7d138358dc40e.txt", 12)]
assert first["text"] == "on April 15" and first["earliest"] == first["latest"] == "2025-04-15", first
assert first["published"] == "2025-04-28", first
assert "months prior" in second["text"] and second["published"] == "2025-04-21", second
assert second["latest"] < "2025-04-15", second
assert "H20" in conflicts[0]["event"].upper(), conflicts[0]
docs = {d["path"]: d for d in report["documents"]}
assert docs["001_2ce7d138358dc40e.txt"]["published_from"] == "dateline"
assert docs["002_fec9117f088a86d3.txt"]["published"] == "2024-11"
assert report["summary"]["documents"] == 5 and report["summary"]["skipped"] == 0
# The text report cites the same two places, compiler style.
text = subprocess.run([factline, "check", seeds], capture_output=True, text=True).stdout
assert "000_e278d27c92fd5286.txt:7:" in text and ": error: " in text, text
assert "001_2ce7d138358dc40e.txt:12:" in text and ": note: " in text, text
# Each claim is quoted from its line with a caret under it.
assert "from export to China on April 15, it confirmed" in text, text
assert "This ban, enacted months prior, caught" in text, text
assert "^~~~~~~~~~" in text, text
print("1 passed, 0 failed")
