# datetime: a schedule with timedelta arithmetic and strftime, fixed dates only
from datetime import date, datetime, timedelta

start = datetime(2024, 3, 1, 9, 30)
for i in range(4):
    slot = start + timedelta(minutes=45 * i)
    print(slot.strftime('%a %d %b %H:%M'), slot.isoformat())
d = date(2024, 2, 28)
print(d + timedelta(days=1), d + timedelta(days=2), (date(2024, 12, 25) - d).days)
delta = timedelta(hours=1, minutes=90, seconds=30)
print(delta, delta.total_seconds(), delta * 2, delta // 3)
print(datetime(2024, 1, 1).weekday(), date(2024, 1, 1).isoweekday(), date(2024, 5, 17).strftime('%j %U'))
print(datetime.strptime('2024-07-04 18:05', '%Y-%m-%d %H:%M'))
print(date.fromisoformat('2023-10-05').replace(day=31))
print(date(2024, 2, 30))
