// The seed timeline's .ics, read by ical.js (an independent parser from npm).
// usage: node ics_check.mjs FACTLINE SEEDS PATH/TO/ical.js
import { execFileSync } from "node:child_process";
import { pathToFileURL } from "node:url";

const [factline, seeds, icaljsPath] = process.argv.slice(2);
const ICAL = (await import(pathToFileURL(icaljsPath).href)).default;
const text = execFileSync(factline, ["timeline", seeds, "--format", "ics"], { encoding: "utf8" });
const component = new ICAL.Component(ICAL.parse(text));
if (component.getFirstPropertyValue("version") !== "2.0") throw new Error("VERSION");
const events = component.getAllSubcomponents("vevent").map((v) => new ICAL.Event(v));
if (events.length === 0) throw new Error("no VEVENT");
const bans = events.filter((e) => /H20/.test(e.summary) && /ban/i.test(e.summary));
if (bans.length !== 1) throw new Error(`H20 ban events: ${bans.map((e) => e.summary)}`);
const start = bans[0].startDate;
if (!start.isDate || start.toString() !== "2025-04-15") throw new Error(`start ${start}`);
if (bans[0].endDate.toString() !== "2025-04-16") throw new Error(`end ${bans[0].endDate}`);
for (const e of events) {
  if (!e.uid) throw new Error("missing UID");
  if (e.endDate.compare(e.startDate) <= 0) throw new Error(`empty span: ${e.summary}`);
}
console.log(`ical.js read ${events.length} events; the H20 ban is on ${start}`);
console.log("1 passed, 0 failed");
