# A number of days subtracted from a date without timedelta
from datetime import date, timedelta

d = date(2024, 3, 1)
print(d - timedelta(days=1))
print(d - 1)
