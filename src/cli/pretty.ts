import type { SitrepDocument } from "../document/schema.js";

export interface Paint {
  bold(s: string): string;
  dim(s: string): string;
  red(s: string): string;
  green(s: string): string;
  yellow(s: string): string;
  cyan(s: string): string;
}

const wrap = (a: number, b: number) => (s: string) => `\x1b[${a}m${s}\x1b[${b}m`;
export const colors: Paint = {
  bold: wrap(1, 22),
  dim: wrap(2, 22),
  red: wrap(31, 39),
  green: wrap(32, 39),
  yellow: wrap(33, 39),
  cyan: wrap(36, 39),
};
const id = (s: string) => s;
export const plain: Paint = { bold: id, dim: id, red: id, green: id, yellow: id, cyan: id };

function range(c: { low: number | null; best: number | null; high: number | null } | null): string {
  if (!c) return "-";
  if (c.low === c.high && c.best !== null) return String(c.best);
  return `${c.best ?? "?"} (${c.low ?? "?"}-${c.high ?? "?"})`;
}

/** A readable terminal summary of one document: the facts first, the supporting annotations after. */
export function pretty(doc: SitrepDocument, p: Paint): string {
  const out: string[] = [];
  const pub = doc.published ? `${doc.published}${doc.publishedSource === "inferred" ? " (inferred)" : ""}` : "no date";
  out.push(p.bold(`■ ${doc.title ?? doc.id}`) + p.dim(`  ${doc.id} · published ${pub}`));
  if (doc.dateline)
    out.push(
      p.dim(`  dateline: ${doc.dateline.text}${doc.dateline.place ? ` (filed from ${doc.dateline.place})` : ""}`),
    );
  out.push(
    p.dim(
      `  ${doc.sentences.length} sentences · ${doc.boilerplate.length} boilerplate lines · ${doc.entities.length} entities · ${doc.times.length} times · ${doc.places.length} places`,
    ),
  );
  if (doc.events.length) {
    out.push(p.bold("  Events"));
    for (const e of doc.events) {
      const where = e.place ? `${e.place.name}${e.place.country ? `, ${e.place.country}` : ""}` : "?";
      out.push(
        `   ${p.red(e.type)} / ${e.subType}  ${p.cyan(e.date?.value ?? "?")} @ ${p.green(where)}` +
          `  ${e.actor1?.name ?? "?"} vs ${e.actor2?.name ?? "?"}` +
          `  killed ${range(e.fatalities)}, injured ${range(e.injured)}${e.status && e.status !== "asserted" ? p.yellow(` [${e.status}]`) : ""}`,
      );
    }
  }
  if (doc.casualties.length) {
    out.push(p.bold("  Casualties"));
    for (const c of doc.casualties) {
      out.push(
        `   ${p.red(c.kind)} ${range(c)}${c.victims ? ` ${c.victims}` : ""}${c.aggregate ? p.dim(" (aggregate)") : ""}  ${p.dim(`“${c.text}”`)}`,
      );
    }
  }
  if (doc.quotes.length) {
    out.push(p.bold("  Quotes"));
    for (const q of doc.quotes) {
      const t = q.text.length > 90 ? `${q.text.slice(0, 87)}...` : q.text;
      out.push(`   ${p.yellow(q.speaker?.name ?? "?")} ${p.dim(q.cue?.text ?? "")}: “${t}”`);
    }
  }
  if (doc.places.length) {
    const names = [...new Set(doc.places.map((x) => `${x.name}${x.country ? ` (${x.country})` : ""}`))];
    out.push(`  ${p.bold("Places")} ${names.join(", ")}`);
  }
  if (doc.times.length) {
    out.push(`  ${p.bold("Times")} ${doc.times.map((t) => `${t.text} → ${t.value}`).join("; ")}`);
  }
  if (doc.actors.length) {
    out.push(`  ${p.bold("Actors")} ${doc.actors.map((a) => a.name).join(", ")}`);
  }
  return out.join("\n");
}
