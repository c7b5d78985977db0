# CSV-like parsing of a string: hand-rolled split parser vs the csv module
import csv
import io

RAW = '''name,dept,salary,start
"Smith, Jane",Engineering,85000,2019-04-01
Bob Jones,Sales,52000.50,2021-11-15
"O""Neil, Pat",Engineering,91000,2018-01-20
Li Wei,,47000,2022-06-30
'''

def naive(text):
    lines = text.strip().split("\n")
    header = lines[0].split(",")
    return [dict(zip(header, l.split(","))) for l in lines[1:]]

print(naive(RAW)[0])
rows = list(csv.DictReader(io.StringIO(RAW)))
for r in rows:
    print(f"{r['name']:<14}|{r['dept'] or '(none)':<12}|{float(r['salary']):>10,.2f}|{r['start']}")
by_dept = {}
for r in rows:
    by_dept.setdefault(r["dept"] or "?", []).append(float(r["salary"]))
for dept, sal in sorted(by_dept.items()):
    print(dept, len(sal), sum(sal) / len(sal))
reader = csv.reader(io.StringIO("a;b;'c;d'\n1;2;3\n"), delimiter=";", quotechar="'")
print(list(reader))
out = io.StringIO()
w = csv.writer(out)
w.writerow(["x", "has,comma", 'has "quote"', 3.5, None, ""])
w.writerows([[1, 2], ["line\nbreak"]])
print(repr(out.getvalue()))
out = io.StringIO()
dw = csv.DictWriter(out, fieldnames=["id", "name"], extrasaction="ignore")
dw.writeheader()
dw.writerow({"id": 1, "name": "ann", "extra": "x"})
dw.writerow({"id": 2})
print(out.getvalue(), end="")
out = io.StringIO()
csv.writer(out, quoting=csv.QUOTE_NONNUMERIC).writerow(["a", 1, 2.5])
csv.writer(out, quoting=csv.QUOTE_ALL, lineterminator="\n").writerow(["b", 2])
print(out.getvalue(), end="")
print(list(csv.reader(["1,2", "  3, 4 "], skipinitialspace=True)))
print(list(csv.reader(io.StringIO('"unclosed,1\n'))))
bad = csv.DictWriter(io.StringIO(), fieldnames=["id"])
bad.writerow({"id": 1, "oops": 2})
