"""The timeline exports read back with standard parsers: the .ics with python3-icalendar
(Debian), the CSV with Python's csv module, the JSON with json. The H20 ban is on 2025-04-15."""
import csv
import datetime
import io
import json
import os
import subprocess
import sys

import icalendar

factline, seeds, out_dir = sys.argv[1], sys.argv[2], sys.argv[3]
os.makedirs(out_dir, exist_ok=True)


def export(fmt):
    path = os.path.join(out_dir, f"seeds.{fmt}")
    run = subprocess.run([factline, "timeline", seeds, "--format", fmt, "-o", path],
                         capture_output=True, text=True)
    assert run.returncode == 0, run.stderr
    with open(path, "rb") as f:
        return f.read()


ics = export("ics")
assert b"\r\n" in ics and all(len(line) <= 75 for line in ics.split(b"\r\n")), "folding"
cal = icalendar.Calendar.from_ical(ics)
assert str(cal["VERSION"]) == "2.0" and cal.get("PRODID")
events = [c for c in cal.walk("VEVENT")]
assert events, "no VEVENT"
uids = [str(e["UID"]) for e in events]
assert len(uids) == len(set(uids)), "UIDs must be unique"
ban = [e for e in events if "H20" in str(e["SUMMARY"]) and "ban" in str(e["SUMMARY"]).lower()]
assert len(ban) == 1, [str(e["SUMMARY"]) for e in events]
ban = ban[0]
assert ban["DTSTART"].dt == datetime.date(2025, 4, 15), ban["DTSTART"].dt
assert ban["DTEND"].dt == datetime.date(2025, 4, 16), ban["DTEND"].dt
assert "DISPUTED" in str(ban["SUMMARY"]), str(ban["SUMMARY"])
description = str(ban["DESCRIPTION"])
assert "000_e278d27c92fd5286.txt" in description and "001_2ce7d138358dc40e.txt" in description
for e in events:
    assert e["DTEND"].dt > e["DTSTART"].dt
    assert e.get("DTSTAMP")

rows = list(csv.DictReader(io.StringIO(export("csv").decode("utf-8"), newline="")))
assert rows and set(["id", "label", "start", "end", "precision", "mentions", "conflicts"]) <= set(rows[0])
starts = [r["start"] for r in rows]
assert starts == sorted(starts), "rows are in date order"
ban_rows = [r for r in rows if r["start"] == "2025-04-15" and "H20" in r["label"]]
assert len(ban_rows) == 1 and ban_rows[0]["conflicts"] == "1" and ban_rows[0]["disputed"] == "true"

timeline = json.loads(export("json"))
assert any(e["earliest"] == "2025-04-15" and e["disputed"] for e in timeline["events"])
print("1 passed, 0 failed")
