#!/usr/bin/env python3
"""Lists the time stage's errors on the TimeBank+AQUAINT dev file (run `npm run eval -- time` first).
Usage: python3 scripts/time-errors.py [wrong|missed|false|span] """
import json, re, sys, collections
G = '/work/shared/eval/time/tbaq.jsonl'
P = '.cache/eval/time.out.jsonl'
preds = {}
for l in open(P):
    if l.strip():
        r = json.loads(l); preds[r['id']] = r
def ov(a, b): return max(0, min(a['end'], b['end']) - max(a['start'], b['start']))
out = collections.defaultdict(list)
for l in open(G):
    if not l.strip(): continue
    d = json.loads(l); text = d['text']; pub = d.get('published')
    p = preds.get(d['id'], {}); ptimes = p.get('times', [])
    allg = d['gold']['times']
    g = [t for t in allg if t['type'] == 'DATE']
    other = [t for t in allg if t['type'] != 'DATE']
    ps = [x for x in ptimes if any(ov(t, x) > 0 for t in g) or not any(ov(t, x) > 0 for t in other)]
    cand = []
    for gi, t in enumerate(g):
        for pi, x in enumerate(ps):
            o = ov(t, x)
            if o > 0: cand.append(((1 if (t['start'], t['end']) == (x['start'], x['end']) else 0, o / max(t['end']-t['start'], x['end']-x['start'])), gi, pi))
    cand.sort(key=lambda c: (-c[0][0], -c[0][1], c[1], c[2]))
    gu, pu = {}, set()
    for k, gi, pi in cand:
        if gi in gu or pi in pu: continue
        gu[gi] = pi; pu.add(pi)
    def ctx(s, e, w=40): return (text[max(0, s-w):s] + '[' + text[s:e] + ']' + text[e:e+w]).replace('\n', ' ')
    for gi, t in enumerate(g):
        if gi not in gu:
            out['missed'].append(f"{pub} {t['value']:<12} {ctx(t['start'], t['end'])}")
            continue
        x = ps[gu[gi]]
        if (t['start'], t['end']) != (x['start'], x['end']):
            out['span'].append(f"gold[{t['text']}] pred[{x['text']}] {ctx(min(t['start'],x['start']), max(t['end'],x['end']))}")
        gv, pv = t['value'], x['value']
        # crude equality: the scorer's; mark only textual mismatch here, the scorer check below
        out['pairs'].append((pub, gv, pv, t['text'], x['text'], ctx(t['start'], t['end'])))
    for pi, x in enumerate(ps):
        if pi not in pu:
            out['false'].append(f"{pub} {x['value']:<12} {ctx(x['start'], x['end'])}")
# value equality via node scorer semantics (reimplemented lightly)
import datetime
def interval(v):
    v = v.strip().upper()
    def ymd(y,m,d):
        if m > 12: y += 1; m -= 12
        return datetime.date(y,m,1) + datetime.timedelta(days=d-1) if d >= 1 else datetime.date(y,m,1) - datetime.timedelta(days=1)
    m = re.match(r'^(\d{4})-(\d{2})-(\d{2})(T.*)?$', v)
    if m: s=f"{m[1]}-{m[2]}-{m[3]}"; return (s,s)
    m = re.match(r'^(\d{4})-(\d{2})$', v)
    if m:
        y, mo = int(m[1]), int(m[2])
        if not 1 <= mo <= 12: return None
        return (str(datetime.date(y,mo,1)), str(ymd(y,mo+1,0)))
    m = re.match(r'^(\d{4})$', v)
    if m: return (f"{m[1]}-01-01", f"{m[1]}-12-31")
    m = re.match(r'^(\d{3})X?$', v)
    if m: return (f"{m[1]}0-01-01", f"{m[1]}9-12-31")
    m = re.match(r'^(\d{4})-W(\d{1,2})$', v)
    if m:
        s = datetime.date.fromisocalendar(int(m[1]), int(m[2]), 1); return (str(s), str(s+datetime.timedelta(days=6)))
    m = re.match(r'^(\d{4})-Q([1-4])$', v)
    if m:
        y,q=int(m[1]),int(m[2]); return (str(datetime.date(y,3*q-2,1)), str(ymd(y,3*q+1,0)))
    m = re.match(r'^(\d{4})-H([12])$', v)
    if m:
        y,h=int(m[1]),int(m[2]); return (str(datetime.date(y,6*h-5,1)), str(ymd(y,6*h+1,0)))
    m = re.match(r'^([^/]+)/([^/]+)$', v)
    if m:
        a, b = interval(m[1]), interval(m[2])
        if a and b and a[0] <= b[1]: return (a[0], b[1])
    return None
def norm(v):
    v = v.strip().upper(); v = re.sub(r'-W(\d)(?!\d)', r'-W0\1', v)
    m = re.match(r'^([^/]+)/([^/]+)$', v)
    if m and m[1] == m[2]: v = m[1]
    return v
def eq(g, p):
    g, p = norm(g), norm(p)
    if g == p: return True
    try: a, b = interval(g), interval(p)
    except Exception: return False
    return bool(a and b and a == b)
wrong = [f"{pub} gold={gv:<14} pred={pv:<22} {c}" for pub, gv, pv, gt, pt, c in out['pairs'] if not eq(gv, pv)]
what = sys.argv[1] if len(sys.argv) > 1 else 'summary'
if what == 'summary':
    print('wrong', len(wrong), 'missed', len(out['missed']), 'false', len(out['false']), 'span', len(out['span']))
    # classify gold values of wrong
    cls = collections.Counter()
    for pub, gv, pv, gt, pt, c in out['pairs']:
        if eq(gv, pv): continue
        k = re.sub(r'\d', '9', gv)
        cls[k] += 1
    for k, n in cls.most_common(30): print(n, k)
else:
    for l in (wrong if what == 'wrong' else out[what]): print(l)
