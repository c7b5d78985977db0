# datetime arithmetic with fixed dates: timedelta, weekday, strftime, comparisons, parsing
from datetime import date, datetime, timedelta, time

d = date(2024, 2, 27)
for i in range(4):
    day = d + timedelta(days=i)
    print(day, day.strftime("%A %d %B %Y"), day.weekday(), day.isoweekday())
launch = datetime(2024, 7, 16, 13, 32, 0)
now = datetime(2024, 3, 1, 9, 15, 30)
left = launch - now
print(left, left.days, left.seconds, left.total_seconds())
print(now + timedelta(hours=36, minutes=5), now.replace(year=2023).isoformat())
print(datetime.strptime("2023-12-25 08:30", "%Y-%m-%d %H:%M"))
print(date(2024, 12, 25) - date(2024, 1, 1), date.fromisoformat("2021-06-30").toordinal())
print(time(14, 5).strftime("%I:%M %p"), datetime(2020, 1, 1) < datetime(2020, 1, 2))
print(repr(timedelta(days=-1, seconds=5)), timedelta(weeks=1) // timedelta(days=3))
print(d.isocalendar(), date(2024, 1, 1).timetuple().tm_yday, date.min, date.max)
print(f"{now:%Y/%m/%d %H-%M}", str(timedelta(microseconds=1500)))
date(2023, 2, 29)
