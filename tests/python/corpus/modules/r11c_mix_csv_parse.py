RAW = """name, city ,  score
  Ann , Oslo, 88.5
Bob,Rome,  92
# comment line
Cat , Paris , n/a

Dan,Oslo,75.25
"""
rows = []
errors = []
lines = [l for l in RAW.splitlines() if l.strip() and not l.lstrip().startswith("#")]
header = [h.strip().lower() for h in lines[0].split(",")]
for lineno, line in enumerate(lines[1:], 2):
    fields = [f.strip() for f in line.split(",")]
    rec = dict(zip(header, fields))
    try:
        rec["score"] = float(rec["score"])
    except ValueError as e:
        errors.append((lineno, str(e)))
        continue
    rows.append(rec)
print(header)
for r in rows:
    print(f"{r['name']:<5}{r['city']:<7}{r['score']:>7.2f}")
print(errors)
from collections import defaultdict
by_city = defaultdict(list)
for r in rows:
    by_city[r["city"]].append(r["score"])
print({c: round(sum(v) / len(v), 2) for c, v in sorted(by_city.items())})
print(max(rows, key=lambda r: r["score"])["name"], "|".join(r["name"].upper().center(7, ".") for r in rows))
