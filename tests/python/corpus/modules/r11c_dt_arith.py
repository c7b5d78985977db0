from datetime import date, datetime, timedelta, time

d = date(2024, 1, 31)
print(d + timedelta(days=1), d + timedelta(weeks=4), d - date(2023, 12, 25))
print((date(2024, 12, 25) - date(2024, 3, 1)).days)
dt = datetime(2024, 2, 28, 22, 30)
print(dt + timedelta(hours=3), dt - timedelta(minutes=90, seconds=15))
span = datetime(2024, 3, 1, 8, 0) - datetime(2024, 2, 27, 20, 45, 30)
print(span, span.days, span.seconds, span.total_seconds())
print(timedelta(days=-1, hours=2), timedelta(seconds=-1), abs(timedelta(hours=-5)))
print(timedelta(hours=36) // timedelta(days=1), timedelta(hours=36) % timedelta(days=1), timedelta(hours=1) / timedelta(minutes=7))
print(timedelta(days=1) * 1.5, timedelta(minutes=10) / 4, -timedelta(days=2, seconds=5))
print(d.weekday(), d.isoweekday(), d.isocalendar(), d.toordinal(), date.fromordinal(738000))
print(d.replace(day=15), dt.replace(year=2023, minute=0), dt.date(), dt.time())
print(datetime.combine(date(2020, 5, 17), time(9, 15)), time(23, 59, 59, 999999))
print(date(2024, 1, 1) < date(2024, 1, 2), max(date(2020, 1, 1), date(1999, 12, 31)))
try:
    date(2023, 2, 29)
except ValueError as e:
    print("ValueError:", e)
try:
    d + 1
except TypeError as e:
    print("TypeError:", e)
print(repr(timedelta(days=2, hours=3)), repr(d), repr(dt))
