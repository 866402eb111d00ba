/*
 * The places an article mentions, kept with its row: two reports of one incident often resolve its town
 * differently (to a namesake, to a street, to nothing) yet both write the same town, street or
 * neighbourhood somewhere in their text.
 */
export function placeNames(doc: { places?: readonly { name: string; role?: string }[] }): string | null {
  const out = new Set<string>();
  for (const p of doc.places ?? []) {
    // A capital standing for its government ("Tehran said") is no place of the incident.
    const name = p.name.replace(/\s+/g, " ").trim();
    if (p.role !== "actor" && name && !name.includes(";")) out.add(name);
  }
  return out.size ? [...out].join("; ") : null;
}
