import { existsSync, mkdtempSync } from "node:fs";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { chromium, type Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { extract } from "../../src/index.js";
import { createApp } from "../../src/serve/server.js";
import { openStore, type Store } from "../../src/store/index.js";
import { KHAN_TUMAN, khanTumanBattle, readShared } from "../helpers.js";

/*
 * The HTTP API and the UI in a real headless Chromium (Debian's, installed by .ci/run), over a real
 * SQLite database holding the Khan Tuman article and its events as the pipeline extracted them.
 */
const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
let store: Store;
let base: string;
let close: () => Promise<void>;

beforeAll(async () => {
  store = await openStore(join(mkdtempSync(join(tmpdir(), "sitrep-ui-")), "ui.db"));
  const text = readShared(KHAN_TUMAN);
  const doc = extract(text, { id: "khan-tuman", published: "2016-05-10" });
  // A fixed event, so the UI test does not depend on the events stage's current output.
  doc.events = [khanTumanBattle(text, "killing 13 IRGC members")];
  await store.save(doc);
  const server = createApp(store);
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", () => r()));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  close = () => new Promise((r) => server.close(() => r()));
});

afterAll(async () => {
  await close?.();
  await store?.close();
});

describe("HTTP API", () => {
  it("lists events with filters, and refuses a bad date with 400", async () => {
    const all = (await (await fetch(`${base}/api/events?country=SY`)).json()) as { events: { location: string }[] };
    expect(all.events.map((e) => e.location)).toContain("Khan Tuman");
    const none = (await (await fetch(`${base}/api/events?country=SY&since=2017-01-01`)).json()) as {
      events: unknown[];
    };
    expect(none.events).toHaveLength(0);
    const bad = await fetch(`${base}/api/events?since=yesterday-ish`);
    expect(bad.status).toBe(400);
    expect(((await bad.json()) as { error: string }).error).toMatch(/cannot read/);
  });

  it("extracts a posted article without storing it", async () => {
    const r = await fetch(`${base}/api/extract`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ text: "KABUL, Afghanistan (AP) — A bomb exploded.", published: "2016-05-10" }),
    });
    expect(r.status).toBe(200);
    expect(((await r.json()) as { dateline: { place: string } }).dateline.place).toBe("Kabul");
    const empty = await fetch(`${base}/api/extract`, { method: "POST", body: "  " });
    expect(empty.status).toBe(400);
  });
});

// Skipped only on a developer machine without Chromium; in CI (.ci/run installs it) it must run.
describe.skipIf(!existsSync(CHROMIUM) && !process.env.CI)("the browser UI", () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
      ],
    });
  });
  afterAll(async () => {
    await browser?.close();
  });

  it("shows the event on the map, in the timeline and the list, and its evidence in the article", async () => {
    const page = await browser.newPage();
    const errors: string[] = [];
    page.on("pageerror", (e) => errors.push(e.message));
    await page.goto(base);
    await page.waitForSelector("body[data-ready=true]");
    expect(await page.textContent("#summary")).toMatch(/^1 events · 1 incidents · 13 killed/);
    expect(await page.locator("path.land").count()).toBe(1);
    expect(await page.locator("#timeline rect.bar").count()).toBe(1);
    const row = page.locator("#events tbody tr").first();
    expect(await row.textContent()).toContain("Khan Tuman, SY");
    await page.locator("circle.event").first().click();
    await page.waitForSelector("#detail:not([hidden])");
    expect(await page.textContent("#detail mark")).toBe("killing 13 IRGC members");
    expect(await row.getAttribute("class")).toContain("selected");
    expect(errors).toEqual([]);
  });
});
