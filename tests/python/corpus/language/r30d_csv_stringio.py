# csv with io.StringIO: DictReader, a computed column, DictWriter and quoting
import csv
import io

raw = """name,dept,salary
Ann,eng,120000
"Bo, Jr.",ops,95000
Cy,eng,101500
"""
rows = list(csv.DictReader(io.StringIO(raw)))
print(rows[1])
by_dept = {}
for r in rows:
    by_dept.setdefault(r["dept"], []).append(int(r["salary"]))
print({d: sum(v) / len(v) for d, v in by_dept.items()})
out = io.StringIO()
w = csv.DictWriter(out, fieldnames=["name", "monthly"], lineterminator="\n")
w.writeheader()
for r in rows:
    w.writerow({"name": r["name"], "monthly": f"{int(r['salary']) / 12:.2f}"})
print(out.getvalue(), end="")
out2 = io.StringIO()
csv.writer(out2, quoting=csv.QUOTE_NONNUMERIC, lineterminator="|").writerows([["a", 1, 2.5], ['q"t', None]])
print(out2.getvalue())
print(list(csv.reader(["x;y;'z;w'"], delimiter=";", quotechar="'")))
w.writerow({"name": "Dee", "bonus": 1})
