# building dates from a form where the month is 13
from datetime import date

parts = [(2024, 2, 29), (2023, 2, 29)]
for y, m, d in parts:
    try:
        print(date(y, m, d).isoformat())
    except ValueError as e:
        print("bad date:", e)
print(date(2024, 13, 1))
