# constructors' arguments checked as CPython's C datetime checks them, and a comparison of naive and aware
from datetime import date, time, datetime, timedelta, timezone, tzinfo

cases = [
    lambda: date(2024, 13, 1), lambda: date(2024, 2, 30), lambda: date(2023, 2, 29), lambda: date(0, 1, 1),
    lambda: date(10000, 1, 1), lambda: date('2024', 1, 1), lambda: date(2024.0, 1, 1), lambda: date(2024, 1),
    lambda: date(), lambda: date(2024, 1, 1, 1), lambda: date(2024, 1, year=1), lambda: date(2024, 1, 1, x=1),
    lambda: time(24), lambda: time(1, 60), lambda: time(1, 1, 60), lambda: time(1, 1, 1, 1000000),
    lambda: time(fold=2), lambda: time('1'), lambda: time(1, 2, 3, 4, None, 5), lambda: time(x=1),
    lambda: datetime(2024, 1, 1, 25), lambda: datetime(2024), lambda: datetime(2024, 1, 1, tzinfo=5),
    lambda: datetime(2024, 1, 1, 1, 1, 1, 1, None, 1), lambda: datetime.combine(5, time()),
    lambda: datetime.combine(date(2024, 1, 1), 5), lambda: datetime(2024, 1, 1).replace(tzinfo=5),
    lambda: date(2024, 1, 1) < datetime(2024, 1, 1), lambda: date(2024, 1, 1) < 3, lambda: time(1) < 3,
    lambda: datetime(2024, 1, 1) < datetime(2024, 1, 1, tzinfo=timezone.utc),
    lambda: datetime(2024, 1, 1) - datetime(2024, 1, 1, tzinfo=timezone.utc),
    lambda: time(1) < time(1, tzinfo=timezone.utc), lambda: date(2024, 1, 1) + 1,
    lambda: datetime(2024, 1, 1) + datetime(2024, 1, 1), lambda: datetime.now(1), lambda: date.fromtimestamp('x'),
    lambda: datetime.fromtimestamp(1e20), lambda: datetime.fromtimestamp(float('nan')),
    lambda: datetime.utcfromtimestamp(-1e12), lambda: tzinfo().utcoffset(None), lambda: datetime.today().foo,
    lambda: datetime(2024, 1, 1) == datetime(2024, 1, 1, tzinfo=timezone.utc), lambda: date(True, 1, 1),
]
for i, case in enumerate(cases):
    try:
        print(i, repr(case()))
    except Exception as e:
        print(i, type(e).__name__ + ':', e)
print(type(datetime.now()).__name__, datetime.__name__, datetime.__qualname__, datetime.__module__, datetime, timezone)
print(isinstance(datetime(2024, 1, 1), date), issubclass(timezone, tzinfo), datetime.__mro__)
meeting = datetime(2024, 5, 17, 9, 30, tzinfo=timezone.utc)
print('starts in', meeting - datetime(2024, 5, 17, 8, 0))
