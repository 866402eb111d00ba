// The sitrep UI: a map, a timeline and the event list over /api/events. No framework, no build step,
// no tile server: land outlines come from the bundled Natural Earth data.
const COLORS = {
  Battles: "#c62828",
  "Explosions/Remote violence": "#ef6c00",
  "Violence against civilians": "#6a1b9a",
  Protests: "#1565c0",
  Riots: "#2e7d32",
  "Strategic developments": "#546e7a",
};
const W = 960;
const H = 480;
const svgNs = "http://www.w3.org/2000/svg";
const project = (lon, lat) => [((lon + 180) / 360) * W, ((90 - lat) / 180) * H];
const el = (name, attrs = {}) => {
  const e = document.createElementNS(svgNs, name);
  for (const [k, v] of Object.entries(attrs)) e.setAttribute(k, v);
  return e;
};
const $ = (id) => document.getElementById(id);
let events = [];

async function drawLand() {
  const topo = await (await fetch("/vendor/land-110m.json")).json();
  const land = window.topojson.feature(topo, topo.objects.land);
  let d = "";
  for (const f of land.features ?? [land]) {
    const polys = f.geometry.type === "Polygon" ? [f.geometry.coordinates] : f.geometry.coordinates;
    for (const poly of polys)
      for (const ring of poly) {
        // A ring crossing the antimeridian would draw a stripe across the map: lift the pen there instead.
        ring.forEach(([lon, lat], k) => {
          const jump = k === 0 || Math.abs(lon - ring[k - 1][0]) > 180;
          d +=
            (jump ? "M" : "L") +
            project(lon, lat)
              .map((n) => n.toFixed(1))
              .join(",");
        });
      }
  }
  $("map").prepend(el("path", { d, class: "land" }));
}

const count = (lo, best, hi) =>
  (best ?? lo ?? hi ?? "") + (lo !== hi && lo !== null && hi !== null ? ` (${lo}–${hi ?? "?"})` : "");

function select(i) {
  document.querySelectorAll(".selected").forEach((n) => n.classList.remove("selected"));
  document.querySelectorAll(`[data-i="${i}"]`).forEach((n) => n.classList.add("selected"));
  showDetail(events[i]);
}

async function showDetail(e) {
  const doc = await (await fetch(`/api/documents/${encodeURIComponent(e.doc_id)}`)).json();
  $("detail").hidden = false;
  $("detail-title").textContent = `${e.event_type}: ${e.location ?? "unknown place"}, ${e.event_date ?? "undated"}`;
  $("detail-meta").textContent =
    `${doc.title ?? e.doc_id} · published ${doc.published ?? "?"} · ${e.status ?? "asserted"}`;
  // The article text with the event's evidence marked, so every number can be checked at its source.
  const ev = (doc.events?.[e.idx]?.evidence ?? []).slice().sort((a, b) => a.start - b.start);
  const box = $("detail-text");
  box.textContent = "";
  let at = 0;
  for (const r of ev) {
    box.append(doc.text.slice(at, r.start));
    const m = document.createElement("mark");
    m.textContent = doc.text.slice(r.start, r.end);
    box.append(m);
    at = r.end;
  }
  box.append(doc.text.slice(at));
}

function drawEvents() {
  const map = $("map");
  map.querySelectorAll(".event").forEach((n) => n.remove());
  const tbody = document.querySelector("#events tbody");
  tbody.textContent = "";
  // Large circles first, so small ones stay on top and clickable.
  const bySize = events
    .map((e, i) => [i, (e.fatalities_best ?? 0) + (e.injured_best ?? 0)])
    .sort((a, b) => b[1] - a[1]);
  for (const [i] of bySize) {
    const e = events[i];
    if (e.latitude !== null && e.longitude !== null) {
      const [x, y] = project(e.longitude, e.latitude);
      const size = (e.fatalities_best ?? 0) + (e.injured_best ?? 0);
      const c = el("circle", {
        cx: x.toFixed(1),
        cy: y.toFixed(1),
        r: (3 + Math.sqrt(size) * 1.5).toFixed(1),
        fill: COLORS[e.event_type] ?? "#333",
        class: `event${e.status === "claimed" ? " claimed" : ""}`,
        "data-i": i,
      });
      const t = el("title");
      t.textContent = `${e.event_type} · ${e.location ?? ""} · ${e.event_date ?? ""}`;
      c.append(t);
      c.addEventListener("click", () => select(i));
      map.append(c);
    }
  }
  events.forEach((e, i) => {
    const tr = document.createElement("tr");
    tr.dataset.i = i;
    for (const v of [
      e.event_date,
      e.event_type,
      e.sub_event_type,
      [e.location, e.country].filter(Boolean).join(", "),
      e.actor1,
      e.actor2,
      count(e.fatalities_low, e.fatalities_best, e.fatalities_high),
      count(e.injured_low, e.injured_best, e.injured_high),
      e.status,
    ]) {
      const td = document.createElement("td");
      td.textContent = v ?? "";
      tr.append(td);
    }
    tr.addEventListener("click", () => select(i));
    tbody.append(tr);
  });
}

function drawTimeline() {
  const svg = $("timeline");
  svg.textContent = "";
  const months = new Map();
  for (const e of events)
    if (e.event_date) months.set(e.event_date.slice(0, 7), (months.get(e.event_date.slice(0, 7)) ?? 0) + 1);
  const keys = [...months.keys()].sort();
  if (!keys.length) return;
  const max = Math.max(...months.values());
  const bw = Math.max(2, Math.min(60, (W - 40) / keys.length - 2));
  keys.forEach((k, i) => {
    const h = (months.get(k) / max) * 90;
    const x = 20 + i * (bw + 2);
    const bar = el("rect", { x, y: 100 - h, width: bw, height: h, class: "bar" });
    const t = el("title");
    t.textContent = `${k}: ${months.get(k)} events`;
    bar.append(t);
    svg.append(bar);
    if (keys.length <= 24 || i % Math.ceil(keys.length / 24) === 0) {
      const label = el("text", { x, y: 114, class: "axis" });
      label.textContent = k;
      svg.append(label);
    }
  });
}

async function load() {
  const q = new URLSearchParams();
  if ($("country").value) q.set("country", $("country").value);
  if ($("type").value) q.set("type", $("type").value);
  const res = await (await fetch(`/api/events?${q}`)).json();
  events = res.events;
  const killed = events.reduce((s, e) => s + (e.fatalities_best ?? 0), 0);
  const incidents = new Set(events.map((e) => e.incident_id)).size;
  $("summary").textContent = `${events.length} events · ${incidents} incidents · ${killed} killed`;
  $("csv").href = `/api/events.csv?${q}`;
  $("geojson").href = `/api/events.geojson?${q}`;
  drawEvents();
  drawTimeline();
}

async function main() {
  await drawLand();
  const all = (await (await fetch("/api/events")).json()).events;
  for (const [id, key] of [
    ["country", "country"],
    ["type", "event_type"],
  ]) {
    for (const v of [...new Set(all.map((e) => e[key]).filter(Boolean))].sort()) {
      const o = document.createElement("option");
      o.value = o.textContent = v;
      $(id).append(o);
    }
    $(id).addEventListener("change", load);
  }
  await load();
  document.body.dataset.ready = "true";
}

main().catch((e) => {
  $("summary").textContent = `error: ${e.message}`;
});
