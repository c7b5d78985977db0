# More datetime: fromtimestamp with UTC, isocalendar round trips, timespec, week numbers, timedelta maths
from datetime import datetime, date, time, timedelta, timezone

epoch = datetime.fromtimestamp(0, tz=timezone.utc)
print(epoch, epoch.timestamp(), datetime.fromtimestamp(1_700_000_000, timezone.utc).isoformat())
d = date.fromisocalendar(2024, 1, 1)
print(d, d.isocalendar(), date(2021, 1, 3).isocalendar().week, date(2024, 12, 30).isocalendar())
dt = datetime(2024, 5, 17, 9, 5, 3, 123456)
print(dt.isoformat(), dt.isoformat(timespec="minutes"), dt.isoformat(sep=" ", timespec="milliseconds"))
print(dt.strftime("%U %W %G-W%V-%u %j %y %b %a %p %f %%"), dt.time(), dt.date(), datetime.combine(d, time(8)))
td = timedelta(hours=1, minutes=30)
print(td * 1.5, td / 4, td / timedelta(minutes=1), td // 7, td % timedelta(minutes=7), -td, abs(-td))
print(timedelta(days=1.5, seconds=-0.5), timedelta(microseconds=-1), timedelta(0.1), round(td.total_seconds() / 3600, 2))
print(datetime.fromisoformat("2024-05-17T09:05:03+02:00"), datetime.fromisoformat("2024-05-17").weekday())
print(max(date(2024, 1, 1), date(2023, 12, 31)), sorted([time(12), time(1, 30), time(23)]))
print(date(2024, 1, 31) + timedelta(days=30), date(2024, 3, 1) - timedelta(days=1), dt.replace(microsecond=0))
print(datetime(2024, 1, 1) + 1)
