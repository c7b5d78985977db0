# Summarising nested JSON data: loading, grouping with defaultdict, sorting and a formatted report
import json
from collections import defaultdict
from operator import itemgetter

raw = """[
  {"student": "Ana", "course": "math", "score": 91},
  {"student": "Ben", "course": "math", "score": 78},
  {"student": "Ana", "course": "art", "score": 85},
  {"student": "Cy", "course": "art", "score": 99},
  {"student": "Ben", "course": "art", "score": 64},
  {"student": "Cy", "course": "math", "score": 88}
]"""
records = json.loads(raw)
by_course = defaultdict(list)
for r in records:
    by_course[r["course"]].append(r)
for course, rows in sorted(by_course.items()):
    rows.sort(key=itemgetter("score"), reverse=True)
    avg = sum(map(itemgetter("score"), rows)) / len(rows)
    print(f"{course.upper():^10}|{avg:7.2f}|", " ".join(f"{r['student']}:{r['score']}" for r in rows))
best = max(records, key=itemgetter("score"))
print(f"best: {best['student']} ({best['course']}, {best['score']})")
totals = {s: sum(r["score"] for r in records if r["student"] == s) for s in sorted({r["student"] for r in records})}
print(json.dumps(totals, indent=1), json.dumps(sorted(totals, key=totals.get)))
print(records[0]["grade"])
