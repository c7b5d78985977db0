# Parsing CSV text with the csv module into namedtuples, then grouping and averaging grades
import csv
import io
from collections import namedtuple, defaultdict
from statistics import mean

data = """name,class,grade
Alice,A,8.5
Bob,B,6.0
"Carol, Jr.",A,9.25
Dan,B,7.75
Eve,C,
"""
reader = csv.reader(io.StringIO(data))
header = next(reader)
Student = namedtuple("Student", header)
students = [Student(*row) for row in reader]
print(students[2], len(students))
by_class = defaultdict(list)
for s in students:
    if s.grade:
        by_class[s[1]].append(float(s.grade))
for cls, grades in sorted(by_class.items()):
    print(f"class {cls}: n={len(grades)} mean={mean(grades):.2f} best={max(grades)}")
out = io.StringIO()
w = csv.writer(out, lineterminator="\n")
w.writerow(["name", "note"])
w.writerow(["Zoë", 'said "hi", left'])
print(out.getvalue(), end="")
dr = csv.DictReader(io.StringIO(data))
print(next(dr), dr.fieldnames)
print(Student(*["x", "y"]))
