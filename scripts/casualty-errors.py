#!/usr/bin/env python3
"""Lists the casualties task's wrong articles by error class (run `npm run eval -- casualties` first).
Usage: python3 scripts/casualty-errors.py [class-prefix] [n]"""
import json, sys, collections, math
G = '/work/shared/eval/casualties/dev.jsonl'
P = '.cache/eval/casualties.out.jsonl'
preds = {}
for l in open(P):
    if l.strip():
        r = json.loads(l); preds[r['id']] = r
def best(x): return x.get('best') if isinstance(x, dict) else x
def km(a, b, c, d):
    r = math.pi / 180
    h = math.sin((c-a)*r/2)**2 + math.cos(a*r)*math.cos(c*r)*math.sin((d-b)*r/2)**2
    return 12742 * math.asin(math.sqrt(h))
out = collections.defaultdict(list)
for l in open(G):
    if not l.strip(): continue
    d = json.loads(l); g = d['gold']; p = preds[d['id']]
    evs = p.get('events', [])
    ev = None; tot = -1
    for e in evs:
        t = (best(e.get('fatalities')) or 0) + (best(e.get('injured')) or 0)
        if t > tot: ev, tot = e, t
    k = best(ev['fatalities']) if ev else None
    i = best(ev['injured']) if ev else None
    k = k or 0; i = i or 0
    head = f"{d['id'][:10]} pub={d['published']} gold k={g['killed']} i={g['injured']} {g['date']} {g['city']},{g['state']} | pred k={k} i={i} nev={len(evs)} | {d.get('title','')[:80]}"
    if not d['text'].strip() or len(d['text']) < 200: out['count:notext' if (k, i) != (g['killed'], g['injured']) else 'ok:notext'].append(head)
    elif not ev: out['count:noevent'].append(head)
    else:
        if k > g['killed']: out['count:killed-over'].append(head)
        if k < g['killed']: out['count:killed-under'].append(head)
        if k == g['killed'] and i > g['injured']: out['count:injured-over'].append(head)
        if k == g['killed'] and i < g['injured']: out['count:injured-under'].append(head)
    if ev:
        pl = ev.get('place'); dl = p.get('dateline')
        ok = False
        if pl and g.get('lat') is not None and pl.get('lat') is not None:
            ok = km(g['lat'], g['lon'], pl['lat'], pl['lon']) <= 50
        if pl and (pl.get('admin1') or '').lower() == (g['state'] or '').lower(): ok = True
        if not ok:
            cls = 'place:none' if not pl else 'place:wrong'
            out[cls].append(f"{head} || pred={pl and (pl.get('name'), pl.get('admin1'), pl.get('country'), pl.get('precision'))} dateline={dl and dl.get('text')}")
        dv = (ev.get('date') or {}).get('value') if isinstance(ev.get('date'), dict) else None
        if dv != g['date']:
            prec = (ev.get('date') or {}).get('precision')
            cls = 'date:none' if not dv else ('date:=pub' if dv == d['published'] else 'date:other')
            out[cls].append(f"{head} || date={dv} p={prec}")
want = sys.argv[1] if len(sys.argv) > 1 else None
n = int(sys.argv[2]) if len(sys.argv) > 2 else 15
for c in sorted(out):
    print(f"{c}: {len(out[c])}")
if want:
    for c in sorted(out):
        if c.startswith(want):
            print('==', c)
            for x in out[c][:n]: print(' ', x)
