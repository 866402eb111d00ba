import { describe, expect, it } from "vitest";
import { eventType } from "../../src/events/type.js";

describe("ACLED event type of an incident's text", () => {
  it.each<[string, string, string]>([
    // two organized armed groups fighting: a battle
    [
      "Government forces clashed with rebels on the outskirts of the town, and the fighting left 12 dead.",
      "Battles",
      "Armed clash",
    ],
    ["Troops exchanged fire with militants near the border crossing.", "Battles", "Armed clash"],
    // a police shootout with a lone gunman is no clash of two organized groups (ACLED Codebook)
    [
      "An officer was wounded and the suspect killed in a shootout outside a convenience store.",
      "Violence against civilians",
      "Attack",
    ],
    ["Our deputy exchanged gunfire with the driver and the driver was struck.", "Violence against civilians", "Attack"],
    // a figurative battle is no cue
    [
      "Records detail a custody battle between the gunman and the child's father before the shooting.",
      "Violence against civilians",
      "Attack",
    ],
  ])("%s", (text, type, subType) => {
    expect(eventType(text)).toEqual({ type, subType });
  });
});
