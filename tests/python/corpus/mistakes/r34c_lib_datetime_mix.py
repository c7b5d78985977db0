# Subtracting a date from a datetime and comparing naive with aware times
from datetime import datetime, date, timezone, timedelta

start = datetime(2024, 1, 1, 9, 30)
print(start + timedelta(hours=2))
try:
    print(start - date(2024, 1, 1))
except TypeError as e:
    print("TypeError:", e)
aware = datetime(2024, 1, 1, 9, 30, tzinfo=timezone.utc)
print(aware.isoformat())
print(start < aware)
