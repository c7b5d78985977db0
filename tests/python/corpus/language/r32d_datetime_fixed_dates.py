# datetime arithmetic with fixed dates: deltas, weekdays, formatting and parsing
from datetime import date, datetime, timedelta, time

d = date(2024, 2, 28)
print(d + timedelta(days=1), d + timedelta(days=2), d.weekday(), d.isoweekday(), d.strftime("%A %d %B %Y"))
dt = datetime(2023, 12, 31, 23, 59, 30)
print(dt + timedelta(seconds=45), dt.isoformat(), dt.date(), dt.time())
delta = datetime(2024, 3, 1, 12) - datetime(2024, 1, 1, 6, 30)
print(delta, delta.days, delta.seconds, delta.total_seconds(), repr(delta))
print(timedelta(hours=-1), timedelta(days=1, hours=25), timedelta(minutes=90) / timedelta(hours=1))
print(datetime.strptime("2022-07-04 08:05", "%Y-%m-%d %H:%M"), date.fromisoformat("2021-11-09"))
print(date(2024, 1, 1).isocalendar(), date(2000, 1, 1).toordinal(), date.fromordinal(738000))
print(sorted([date(2020, 5, 1), date(2019, 5, 1), date(2020, 1, 1)])[0], d.replace(year=2023))
print(time(9, 5).strftime("%I:%M %p"), f"{dt:%d/%m/%y %H:%M}", dt.timetuple().tm_yday)
print((date(2025, 12, 25) - date(2025, 1, 1)).days, repr(datetime(2020, 1, 1)), str(timedelta(0)))
date(2023, 2, 29)
