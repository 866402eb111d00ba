import type { Stage } from "../document/stage.js";
import { datelineMention } from "./dateline.js";
import { typeGroups } from "./refine/groups.js";
import { typeByHeadNoun } from "./refine/heads.js";
import { knownGroups } from "./refine/known.js";
import { locativeNames } from "./refine/locative.js";
import { extendOrdinals } from "./refine/ordinal.js";
import { trimFinalPeriod } from "./refine/period.js";
import { trimSentenceOpener } from "./refine/opener.js";
import { propagateNames } from "./refine/propagate.js";
import { resolveActors } from "./resolve/index.js";
import { tagMentions } from "./tagger.js";

export { actorAt, actorCovering, actorsIn, countryCode, demonymCountry, isDemonym, isGroupWord } from "./helpers.js";

/**
 * People, organizations, places and groups named in the body (a trained tagger, then rules that
 * correct it with knowledge), and the actors they refer to, each typed with ACLED's categories.
 */
export const entities: Stage = {
  name: "entities",
  run(doc) {
    const { sentences, lowers, mentions } = tagMentions(doc);
    let refined = extendOrdinals(doc.text, mentions, sentences);
    refined = trimFinalPeriod(doc.text, refined, sentences);
    refined = trimSentenceOpener(doc.text, refined, sentences);
    refined = knownGroups(doc.text, refined, sentences);
    refined = typeByHeadNoun(refined, sentences);
    refined = locativeNames(refined, sentences);
    refined = propagateNames(doc.text, refined, sentences);
    refined = typeGroups(doc.text, refined, sentences);
    const filed = datelineMention(doc.text, doc.dateline);
    if (filed && !refined.some((m) => m.start < filed.end && filed.start < m.end)) refined = [filed, ...refined];
    const { entities, actors } = resolveActors(doc.text, sentences, lowers, refined);
    return { ...doc, entities, actors };
  },
};
