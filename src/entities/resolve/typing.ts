import type { ActorType } from "../../document/schema.js";
import { capitalCountry, countryCode, demonymCountry, knowledge } from "../knowledge.js";
import type { Cluster } from "./cluster.js";
import { words } from "./names.js";

/** The country a name carries: "Iran Revolutionary Guard Corps", "Syrian army", "Council of Iran". */
export function countryIn(name: string): string | null {
  const ws = words(name);
  for (let n = Math.min(3, ws.length); n >= 1; n--)
    for (let i = 0; i + n <= ws.length; i++) {
      const piece = ws.slice(i, i + n).join(" ");
      const c = countryCode(piece) ?? demonymCountry(piece);
      if (c) return c;
    }
  return null;
}

/** The ACLED category an organization's last words give it: "... Brigade" is a state force. */
function headType(name: string): ActorType | null {
  const ws = words(name).map((w) => w.toLowerCase());
  const heads = knowledge().heads;
  for (let n = Math.min(2, ws.length); n >= 1; n--) {
    const t = heads.get(ws.slice(ws.length - n).join(" "));
    if (t) return t;
  }
  return null;
}

/** Fills actorType and country from known groups, name heads and the names' own words. */
export function typeCluster(c: Cluster, names: readonly string[], descriptions: readonly string[]): void {
  const k = knowledge();
  for (const n of names) {
    const g = k.armedGroups.get(n.toLowerCase());
    if (g) {
      c.actorType ??= g.actorType;
      c.country ??= g.country;
      return;
    }
  }
  if (c.type === "organization") {
    for (const n of names) {
      c.actorType ??= headType(n);
      c.country ??= countryIn(n);
    }
  } else if (c.type === "place") {
    for (const n of names) c.country ??= countryCode(n) ?? capitalCountry(n);
  } else if (c.type === "group") {
    for (const n of names) c.country ??= demonymCountry(n);
  } else if (c.type === "person") {
    for (const d of descriptions) c.country ??= countryIn(d);
  }
}
