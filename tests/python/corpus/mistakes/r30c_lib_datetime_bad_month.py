# Building a date with the day and month swapped.
from datetime import date, datetime
d = date(2024, 3, 15)
print(d.isoformat(), d.strftime("%A"))
try:
    datetime.strptime("15/03/2024", "%m/%d/%Y")
except ValueError as e:
    print("ValueError:", e)
print(date(2024, 15, 3))
