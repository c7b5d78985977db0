# Calendar maths with fixed dates: isocalendar, strftime directives, weekday names and timedelta parts.
from datetime import date, datetime, timedelta, time

d = date(2024, 12, 30)
print(d.isocalendar(), d.isoweekday(), d.weekday(), d.timetuple().tm_yday)
print(d.strftime("%A %d %B %Y | %a %b %j %U %W %G-W%V-%u"))
dt = datetime(2023, 3, 5, 14, 7, 9, 1234)
print(dt.strftime("%I:%M:%S %p, %H%M, %f, %y, %m/%d, %%"))
print(dt.isoformat(), dt.isoformat(sep=" ", timespec="milliseconds"), dt.date(), dt.time())
print(datetime.strptime("05/03/23 14:07", "%d/%m/%y %H:%M"))
span = datetime(2024, 3, 1) - datetime(2024, 2, 1, 12, 30)
print(span, span.days, span.seconds, span.total_seconds(), repr(span))
print(timedelta(weeks=1, days=-8, hours=25, minutes=-1), timedelta(seconds=-1), -timedelta(days=1, hours=1))
print(timedelta(hours=36) // timedelta(hours=5), timedelta(hours=36) % timedelta(hours=5), timedelta(days=1) / 3)
print(time(9, 30) < time(10), time(23, 59, 59, 999999).isoformat(), time.fromisoformat("07:05"))
print(date.fromordinal(738000), date(2024, 1, 1).toordinal(), date.fromisocalendar(2024, 1, 1))
def months_between(a, b):
    return (b.year - a.year) * 12 + b.month - a.month
print(months_between(date(2021, 11, 15), date(2024, 2, 1)))
print(date(2024, 2, 29).replace(year=2025))
