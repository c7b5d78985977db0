# adding three days to a date by adding 3
from datetime import date, timedelta

start = date(2024, 1, 30)
print(start + timedelta(days=3))
print(start + 3)
