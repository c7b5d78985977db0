from datetime import date, datetime

d = date(2024, 3, 9)
dt = datetime(2024, 3, 9, 8, 30, 15)
print(dt.isoformat(timespec="minutes"))
print(d.isoformat())
print(d.isoformat(timespec="minutes"))
