# csv.writer to sys.stdout: quoting of commas, quotes and newlines, numbers, None, and the quoting modes.
import csv
import sys

rows = [["id", "item", "note", "price"],
        [1, "pen", 'says "hi"', 1.5],
        [2, "pad, A4", None, 3],
        [3, "two\nlines", "", 0.1 + 0.2]]
w = csv.writer(sys.stdout, lineterminator="\n")
for row in rows:
    n = w.writerow(row)
print("last write:", n)
w.writerow([])
w.writerow([""])
for mode in ("QUOTE_ALL", "QUOTE_NONNUMERIC", "QUOTE_MINIMAL"):
    print(mode, end=": ")
    csv.writer(sys.stdout, quoting=getattr(csv, mode), lineterminator="\n").writerow(["x", 1, 2.5, "a,b"])
tab = csv.writer(sys.stdout, delimiter="\t", lineterminator="|\n")
tab.writerows([["a", "b\tc"], [1, 2]])
try:
    csv.writer(sys.stdout, quoting=csv.QUOTE_NONE).writerow(["a,b"])
except csv.Error as e:
    print("csv.Error:", e)
csv.writer(sys.stdout, quoting=csv.QUOTE_NONE, escapechar="\\").writerow(["a,b", 'q"'])
