from datetime import date, datetime, timedelta, time

cases = [
    lambda: date(2023, 2, 29),
    lambda: date(2024, 0, 1),
    lambda: time(25, 0),
    lambda: datetime(2024, 1, 1, 12, 60),
    lambda: date.fromisoformat("2024/01/01"),
    lambda: datetime.fromisoformat("yesterday"),
    lambda: date(2024, 1, 1) + 1,
    lambda: date(2024, 1, 1) - datetime(2024, 1, 1),
    lambda: timedelta(days=1) * timedelta(days=2),
    lambda: date.max + timedelta(days=1),
    lambda: datetime(2024, 1, 1) < date(2024, 1, 2),
    lambda: date("2024", 1, 1),
]
for i, c in enumerate(cases):
    try:
        print(i, c())
    except Exception as e:
        print(i, f"{type(e).__name__}: {e}")
deadline = date(2024, 5, 1)
print(deadline - "2024-04-01")
