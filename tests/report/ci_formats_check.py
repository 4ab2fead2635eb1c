"""CI reports on the real binary: SARIF validated against the official 2.1.0 schema (Debian's
python3-jsonschema), GitHub annotations, baselines, manifest suppressions, and byte-identical
output whatever the order files were written in."""
import json
import os
import shutil
import subprocess
import sys
import tempfile

import jsonschema

factline, fixtures, schema_path = sys.argv[1], sys.argv[2], sys.argv[3]
failures = []


def expect(condition, what):
    if not condition:
        failures.append(str(what))


def run(*args, cwd=None):
    return subprocess.run([factline, *args], capture_output=True, text=True, cwd=cwd)


schema = json.load(open(schema_path))
corpus = os.path.join(fixtures, "corpus")

# SARIF: valid, one result per conflict, related locations linked from the message.
r = run("check", corpus, "--format", "sarif")
expect(r.returncode == 1, f"sarif exit {r.returncode}: {r.stderr}")
sarif = json.loads(r.stdout)
jsonschema.validate(sarif, schema)
results = sarif["runs"][0]["results"]
report = json.loads(run("check", corpus, "--format", "json").stdout)
expect(len(results) == len(report["conflicts"]), "one result per conflict")
rule_ids = [rule["id"] for rule in sarif["runs"][0]["tool"]["driver"]["rules"]]
for result in results:
    expect(result["ruleId"] in rule_ids, result["ruleId"])
    for related in result["relatedLocations"]:
        expect(f"]({related['id']})" in result["message"]["text"], "message links related location")
    loc = result["locations"][0]["physicalLocation"]
    expect(loc["artifactLocation"]["uri"].startswith(corpus.lstrip("/").split("/")[-1]) or
           "fixtures/corpus/" in loc["artifactLocation"]["uri"], loc)
fingerprints = [x["partialFingerprints"]["factlineConflict/v1"] for x in results]
again = json.loads(run("check", corpus, "--format", "sarif").stdout)["runs"][0]["results"]
expect(fingerprints == [x["partialFingerprints"]["factlineConflict/v1"] for x in again],
       "fingerprints stable across runs")
empty = json.loads(run("check", os.path.join(fixtures, "agreement"), "--format", "sarif").stdout)
jsonschema.validate(empty, schema)

with tempfile.TemporaryDirectory() as d:
    # Twelve contradictions: more than GitHub shows in one step.
    many = os.path.join(d, "many conflicts")
    os.makedirs(many)
    for i in range(12):
        with open(os.path.join(many, f"a{i:02d}.txt"), "w") as f:
            f.write(f"Nordic Loom {i} Works was founded in 2001, its owners said, 100% sure: yes.\n")
        with open(os.path.join(many, f"b{i:02d}.txt"), "w") as f:
            f.write(f"Nordic Loom {i} Works was founded in 2009.\n")
    r = run("check", many, "--format", "github")
    lines = r.stdout.splitlines()
    errors = [l for l in lines if l.startswith("::error ")]
    expect(r.returncode == 1 and len(errors) == 12, f"github: {r.stdout[:300]}")
    expect("file=" + many + "/a00.txt" in errors[0] or "many%20conflicts" in errors[0] or
           "many conflicts/a00.txt" in errors[0], errors[0])
    expect(lines[-1].startswith("::notice") and "2 more" in lines[-1], lines[-1])
    expect(all("%0A" in e and "\n" not in e for e in errors), "newlines escaped")

    # Baseline: today's conflicts accepted; a new one fails; a fixed one is counted.
    base = os.path.join(d, "baseline.toml")
    r = run("baseline", many, "-o", base)
    expect(r.returncode == 0 and open(base).read().count("[[conflict]]") == 12, "baseline written")
    r = run("check", many, "--baseline", base, "--format", "json")
    out = json.loads(r.stdout)
    expect(r.returncode == 0 and out["summary"]["baselined"] == 12, f"baselined: {out['summary']}")
    with open(os.path.join(many, "b00.txt"), "w") as f:
        f.write("Nordic Loom 0 Works was founded in 2001.\n")
    with open(os.path.join(many, "c.txt"), "w") as f:
        f.write("Nordic Loom 3 Works was founded in 1990.\n")
    r = run("check", many, "--baseline", base, "--format", "json")
    out = json.loads(r.stdout)
    expect(r.returncode == 1 and out["summary"]["conflicts"] == 1, f"new conflict: {out['summary']}")
    expect(out["summary"]["baseline_resolved"] == 2, f"resolved: {out['summary']}")
    r = run("check", many, "--baseline", os.path.join(d, "missing.toml"))
    expect(r.returncode == 2 and "missing.toml" in r.stderr, r.stderr)

    # Suppression in the manifest, for one document, with a reason.
    sup = os.path.join(d, "suppressed")
    shutil.copytree(corpus, sup)
    with open(os.path.join(sup, "factline.toml"), "a") as f:
        f.write('\n[[suppress]]\nrule = "date-agreement"\ndocument = "notes/reading-list.md"\n'
                'reason = "the prospectus date is the incorporation, not the founding"\n')
    out = json.loads(run("check", sup, "--format", "json").stdout)
    expect(out["summary"]["conflicts"] == 1 and out["summary"]["suppressed"] == 1, out["summary"])
    expect("prospectus" in out["suppressed"][0]["reason"], out["suppressed"])
    with open(os.path.join(sup, "factline.toml"), "a") as f:
        f.write('\n[[suppress]]\nrule = "no-such-rule"\nreason = "x"\n')
    r = run("check", sup)
    expect(r.returncode == 2 and "factline.toml:" in r.stderr and "no-such-rule" in r.stderr, r.stderr)

    # Determinism: the same articles written in another order give the same bytes.
    first = run("check", corpus, "--format", "json").stdout
    shuffled = os.path.join(d, "shuffled")
    files = []
    for root, _, names in os.walk(corpus):
        for n in names:
            files.append(os.path.relpath(os.path.join(root, n), corpus))
    for rel in reversed(sorted(files)):
        os.makedirs(os.path.dirname(os.path.join(shuffled, rel)), exist_ok=True)
        shutil.copy(os.path.join(corpus, rel), os.path.join(shuffled, rel))
    expect(run("check", shuffled, "--format", "json").stdout == first, "byte-identical reports")
    expect(run("check", corpus, "--format", "json").stdout == first, "same run twice")

if failures:
    print("\n".join(failures))
    print(f"0 passed, {len(failures)} failed")
    sys.exit(1)
print("1 passed, 0 failed")
