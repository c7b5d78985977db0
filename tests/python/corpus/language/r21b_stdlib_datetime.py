# tutorial 10.8: dates and times with fixed dates
from datetime import date, datetime, timedelta
now = date(2003, 12, 2)
print(now)
print(now.strftime("%m-%d-%y. %d %b %Y is a %A on the %d day of %B."))
birthday = date(1964, 7, 31)
age = now - birthday
print(age.days)
print(repr(now), repr(age), age)
print(date(2024, 2, 28) + timedelta(days=1), date(2023, 2, 28) + timedelta(days=1))
print(date(2024, 3, 1) - date(2024, 1, 1), (date(2024, 12, 25) - date(2024, 1, 1)).days)
d = datetime(2021, 5, 17, 14, 30, 5)
print(d, d.isoformat(), d.weekday(), d.isoweekday(), d.strftime('%H:%M %p %j'))
print(d + timedelta(hours=10, minutes=45), d.date(), d.time(), d.replace(year=2000))
print(timedelta(days=1, seconds=3661), timedelta(weeks=2) / timedelta(days=1), timedelta(seconds=-1))
print(date.fromisoformat('2020-01-31'), datetime.strptime('2020-03-04 05:06', '%Y-%m-%d %H:%M'))
print(date(2020, 1, 31).isocalendar(), date(2020, 1, 1).toordinal(), date.fromordinal(737425))
print(sorted([date(2020, 5, 1), date(2019, 1, 1), date(2020, 1, 1)]))
print(date(2023, 2, 29))
