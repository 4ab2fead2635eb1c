"""The command line contract: exit codes, -o written whole, errors with file:line:column."""
import json
import os
import subprocess
import sys
import tempfile

factline, fixtures = sys.argv[1], sys.argv[2]


def run(*args, cwd=None):
    return subprocess.run([factline, *args], capture_output=True, text=True, cwd=cwd)


failures = []


def expect(condition, what):
    if not condition:
        failures.append(what)


r = run("frobnicate")
expect(r.returncode == 2 and "unknown command" in r.stderr, f"unknown command: {r}")
r = run("check", "--format", "yaml")
expect(r.returncode == 2, "bad format")
r = run("timeline", fixtures)
expect(r.returncode == 2 and "--format" in r.stderr, "timeline needs --format")
r = run("check", "/no/such/path")
expect(r.returncode == 2 and "/no/such/path" in r.stderr, f"missing path: {r.stderr}")
r = run("--version")
expect(r.returncode == 0 and r.stdout.startswith("factline "), "version")

with tempfile.TemporaryDirectory() as d:
    with open(os.path.join(d, "a.txt"), "w") as f:
        f.write("Acme Robotics was founded in 2019.\n")
    with open(os.path.join(d, "b.txt"), "w") as f:
        f.write("Acme Robotics, established in 2021, builds arms.\n")
    r = run("check", d)
    expect(r.returncode == 1 and "a.txt:1:" in r.stdout, f"conflict exit 1: {r}")
    r = run("check", d, "--fail-on", "never")
    expect(r.returncode == 0, "--fail-on never")
    out = os.path.join(d, "report.json")
    r = run("check", d, "--format", "json", "-o", out)
    expect(r.returncode == 1 and r.stdout == "", "-o writes the file, not stdout")
    report = json.load(open(out))
    expect(report["summary"]["conflicts"] == 1, f"summary: {report['summary']}")
    expect(not [n for n in os.listdir(d) if n.endswith(".tmp")], "no temporary file left")
    # A broken manifest: exit 2, file:line:column on stderr.
    with open(os.path.join(d, "factline.toml"), "w") as f:
        f.write("[corpus]\nname = \"x\"\n[[document]]\npath = \"a.txt\"\npublished = \"2025-02-30\"\n")
    r = run("check", d)
    expect(r.returncode == 2 and "factline.toml:5:13:" in r.stderr, f"manifest error: {r.stderr}")
    # A broken rule file.
    rules = os.path.join(d, "rules")
    os.mkdir(rules)
    with open(os.path.join(rules, "mine.toml"), "w") as f:
        f.write("[rule]\nid = \"x\"\nkind = \"nope\"\n")
    os.remove(os.path.join(d, "factline.toml"))
    r = run("check", d, "--rules", rules)
    expect(r.returncode == 2 and "mine.toml:3:8:" in r.stderr and "date_agreement" in r.stderr,
           f"rule error: {r.stderr}")

if failures:
    print("\n".join(failures))
    print(f"0 passed, {len(failures)} failed")
    sys.exit(1)
print("1 passed, 0 failed")
