# Planning fortnightly meetings with datetime arithmetic on fixed dates.
from datetime import date, datetime, timedelta, time

start = date(2024, 1, 29)
meetings = [start + timedelta(weeks=2 * i) for i in range(5)]
for d in meetings:
    iso = d.isocalendar()
    print(d.isoformat(), d.strftime("%a %d %b"), f"week {iso.week}", d.weekday())
gap = date(2024, 12, 25) - date(2024, 3, 1)
print(gap, gap.days, gap.total_seconds())
t1 = datetime(2024, 3, 10, 23, 45)
t2 = t1 + timedelta(minutes=30)
print(t2, t2.date(), t2.time(), t2 - t1)
print(datetime.combine(date(2023, 7, 1), time(9, 30)).isoformat(timespec="minutes"))
print(timedelta(days=1, seconds=-1), timedelta(hours=-5), abs(timedelta(hours=-5)))
print(timedelta(hours=36) // timedelta(hours=24), timedelta(hours=36) % timedelta(hours=24))
print(timedelta(minutes=90) / 4, timedelta(seconds=3661).total_seconds() / 3600)
print(date(2024, 2, 28).replace(day=29), date.fromordinal(738000))
try:
    date(2023, 2, 29)
except ValueError as e:
    print("ValueError:", e)
print(datetime.strptime("03/04/2025 17:05", "%d/%m/%Y %H:%M"))
print(sorted([date(2020, 5, 1), date(2019, 12, 31), date(2020, 1, 1)]))
print(repr(timedelta(days=2, microseconds=5)))
