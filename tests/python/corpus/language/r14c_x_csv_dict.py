# DictWriter into a StringIO, read back with DictReader (restkey, restval), and a sum by column.
import csv
import io

buf = io.StringIO()
fields = ["city", "country", "population"]
w = csv.DictWriter(buf, fieldnames=fields)
w.writeheader()
w.writerow({"city": "Lagos", "country": "NG", "population": 15388000})
w.writerows([{"city": "Oslo", "country": "NO", "population": 709000},
             {"city": "Quito", "country": "EC"}])
print(repr(buf.getvalue()))
buf.seek(0)
rows = list(csv.DictReader(buf))
for r in rows:
    print(r)
print(sum(int(r["population"] or 0) for r in rows))
extra = "a,b\n1,2,3,4\n5\n"
for r in csv.DictReader(io.StringIO(extra), restkey="more", restval="-"):
    print(r)
d = csv.DictReader(io.StringIO("x,y\n1,2\n"))
print(d.fieldnames, d.line_num)
try:
    w.writerow({"city": "Lima", "mayor": "?"})
except ValueError as e:
    print("ValueError:", e)
