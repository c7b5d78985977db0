# Expenses from CSV text summed exactly with Decimal, grouped by category, and written back out as CSV.
import csv
import io
import sys
from decimal import Decimal
from collections import defaultdict

text = '''date,category,amount,note
2024-01-03,food,12.40,"lunch, with Bo"
2024-01-04,travel,3.10,bus
2024-01-04,food,0.99,"gum ""mint"""
2024-01-05,books,24.00,
2024-01-06,travel,3.10,bus back
'''
totals = defaultdict(Decimal)
count = 0
for row in csv.DictReader(io.StringIO(text)):
    totals[row["category"]] += Decimal(row["amount"])
    count += 1
    if "," in row["note"] or '"' in row["note"]:
        print("tricky note:", row["note"])
grand = sum(totals.values())
print(count, "rows, total", grand, "float would say", sum(float(a) for a in ["12.40", "3.10", "0.99", "24.00", "3.10"]))
out = csv.writer(sys.stdout, lineterminator="\n")
out.writerow(["category", "total", "share"])
for cat, tot in sorted(totals.items(), key=lambda kv: -kv[1]):
    out.writerow([cat, tot, f"{tot / grand:.1%}"])
