# date and datetime arithmetic: month ends, leap years, year 1 and 9999
from datetime import date, datetime, timedelta, MINYEAR, MAXYEAR

print(MINYEAR, MAXYEAR, date.min, date.max, datetime.min, datetime.max)
for y in (1900, 2000, 2023, 2024):
    d = date(y, 2, 28) + timedelta(days=1)
    print(y, d, d.weekday(), d.isoweekday(), d.timetuple().tm_yday)
print(date(2024, 1, 31) + timedelta(days=30), date(2024, 3, 1) - timedelta(1))
print(date(2024, 12, 31) - date(2024, 1, 1), date(2023, 1, 1) - date(2024, 1, 1))
print(date(9999, 12, 31) - date(1, 1, 1), date.max.toordinal(), date(1, 1, 1).toordinal())
print(date.fromordinal(738886), date.fromordinal(1), date.fromordinal(3652059))
print(date(2024, 1, 1) + timedelta(hours=47), date(2024, 1, 1) - timedelta(hours=1))
dt = datetime(2024, 12, 31, 23, 59, 59, 999999)
print(repr(dt + timedelta(microseconds=1)), dt - datetime(2024, 1, 1))
print(repr(datetime(2024, 3, 31, 12) - timedelta(days=31, hours=12, seconds=1)))
print(datetime(2000, 1, 1) - datetime(2000, 1, 1, 0, 0, 1))
print(timedelta(hours=25.5) + datetime(2024, 2, 28, 23), datetime(1, 1, 1) + timedelta(microseconds=1))
for y in (2015, 2016, 2020, 2021, 2024, 2026, 1, 9999):
    print(y, date(y, 1, 1).isocalendar(), date(y, 12, 31).isocalendar()[1:])
print(date.fromisocalendar(2020, 53, 7), date.fromisocalendar(2024, 1, 1))
print([date(2024, m, 1).strftime('%a') for m in range(1, 13)])
print(date(2024, 1, 31).replace(day=15), datetime(2024, 2, 29, 10).replace(year=2028))
print(sorted([date(2024, 5, 1), date(2023, 12, 31), date(2024, 1, 1)]))
print(max(datetime(2024, 1, 1, 1), datetime(2024, 1, 1)), date(2024, 1, 1) in {date(2024, 1, 1): 1})
print(date(2024, 1, 1) == datetime(2024, 1, 1), datetime(2024, 1, 1).date() == date(2024, 1, 1))
print(datetime.combine(date(2024, 7, 4), datetime(1, 1, 1, 9, 30).time()))
for bad in (lambda: date.max + timedelta(1), lambda: date.min - timedelta(1),
            lambda: datetime.max + timedelta(microseconds=1), lambda: datetime.min - timedelta(microseconds=1),
            lambda: date(2024, 1, 31).replace(month=2), lambda: date.fromordinal(0),
            lambda: date.fromisocalendar(2021, 53, 1), lambda: date(2024, 1, 1) - datetime(2024, 1, 1)):
    try:
        print(bad())
    except (OverflowError, ValueError, TypeError) as e:
        print(type(e).__name__ + ':', e)
