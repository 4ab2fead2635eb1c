"""Bad input, end to end on the real binary: every document is accounted for (read or skipped
with its reason), nothing crashes or hangs, and huge inputs stay within a generous time."""
import json
import os
import subprocess
import sys
import tempfile
import time

factline = sys.argv[1]
failures = []


def expect(condition, what):
    if not condition:
        failures.append(what)


def check(folder, timeout=240):
    start = time.monotonic()
    r = subprocess.run([factline, "check", folder, "--format", "json"], capture_output=True,
                       timeout=timeout)
    elapsed = time.monotonic() - start
    expect(r.returncode in (0, 1), f"{folder}: exit {r.returncode}: {r.stderr[-500:]!r}")
    return json.loads(r.stdout), elapsed


with tempfile.TemporaryDirectory() as d:
    odd = os.path.join(d, "odd inputs")
    os.makedirs(os.path.join(odd, "sub dir ü"))
    files = {
        "empty.txt": b"",
        "blank.txt": b"  \n\t\n\n",
        "bom-crlf.txt": b"\xef\xbb\xbfAcme Robotics was founded in 2019.\r\nMore.\r\n",
        "lone-cr.txt": b"Line one.\rAcme Robotics was established in 2021.\rEnd.",
        "latin1.txt": b"Caf\xe9 Orbit was founded in 2018 \xe0 Paris.\n",
        "utf16.txt": "Acme Robotics was founded in 2019.\n".encode("utf-16"),
        "binary.txt": b"\x7fELF\x02\x01\x01\x00\x00\x00",
        "sub dir \u00fc/na\u00efve name.md": "Caf\u00e9 Orbit was founded in 2018.\n".encode(),
        "impossible.txt": b"It happened on February 30, 2025 and on April 31 and in 99999 and "
                          + b"9" * 500 + b" years ago and 2025-13-01.\n",
    }
    for name, data in files.items():
        with open(os.path.join(odd, name), "wb") as f:
            f.write(data)
    os.symlink("..", os.path.join(odd, "sub dir \u00fc", "loop"))  # a folder symlink loop
    report, _ = check(odd)
    docs = {doc["path"]: doc for doc in report["documents"]}
    summary = report["summary"]
    expect(summary["documents"] == len(files), f"documents: {summary}")
    expect(summary["read"] + summary["skipped"] == summary["documents"], f"summary adds up: {summary}")
    expect(docs["binary.txt"]["status"] == "skipped" and "NUL" in docs["binary.txt"]["reason"],
           docs["binary.txt"])
    expect("Latin-1" in docs["latin1.txt"]["reason"], docs["latin1.txt"])
    expect("UTF-16" in docs["utf16.txt"]["reason"], docs["utf16.txt"])
    expect("sub dir \u00fc/na\u00efve name.md" in docs, list(docs))
    for name in ("empty.txt", "blank.txt", "bom-crlf.txt", "lone-cr.txt", "impossible.txt"):
        expect(docs[name]["status"] == "read", docs[name])
    # The founding year is disputed across the BOM/CRLF, lone-CR and UTF-16 files.
    claims = {(c["path"], c["line"], c["column"]) for f in report["conflicts"] for c in f["claims"]}
    expect(("lone-cr.txt", 2, 31) in claims, f"lone CR is a line break: {claims}")
    # Nothing impossible became a date.
    expect(all(c["path"] != "impossible.txt" for e in report["events"] for c in e["claims"]),
           "impossible dates")

    # A 50 MB document on one line: finishes, and its claims keep their columns.
    big = os.path.join(d, "big")
    os.makedirs(big)
    sentence = b"Zephyr Mills launched the Loom 3 in 2021, and in early March 2024 almost-dates 2025-13 on Monday3 followed. "
    with open(os.path.join(big, "one-line.txt"), "wb") as f:
        f.write(sentence * (50_000_000 // len(sentence)))
    report, elapsed = check(big)
    expect(report["summary"]["read"] == 1, report["summary"])
    print(f"50 MB on one line: {elapsed:.1f} s")

    # 100,000 tiny files.
    many = os.path.join(d, "many")
    for i in range(100_000):
        sub = os.path.join(many, f"{i // 1000:03d}")
        if i % 1000 == 0:
            os.makedirs(sub)
        with open(os.path.join(sub, f"{i:06d}.txt"), "w") as f:
            f.write(f"Note {i}.\n")
    report, elapsed = check(many)
    expect(report["summary"]["documents"] == 100_000, report["summary"])
    print(f"100,000 files: {elapsed:.1f} s")

    # -o into a folder that does not exist: exit 2, nothing written.
    r = subprocess.run([factline, "check", odd, "-o", os.path.join(d, "nope", "r.json")],
                       capture_output=True, text=True)
    expect(r.returncode == 2 and "nope/r.json" in r.stderr, f"-o error: {r.stderr}")

if failures:
    print("\n".join(failures))
    print(f"0 passed, {len(failures)} failed")
    sys.exit(1)
print("1 passed, 0 failed")
