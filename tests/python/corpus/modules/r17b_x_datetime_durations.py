# datetime and timedelta: durations of tasks from fixed timestamps, formatting and comparisons
from datetime import datetime, timedelta, timezone

start = datetime(2024, 6, 1, 12, 0, 0)
log = [('fetch', 2.5), ('parse', 0.75), ('save', 61)]
t = start
for name, secs in log:
    end = t + timedelta(seconds=secs)
    print(f'{name:<6} {t:%H:%M:%S.%f} -> {end.time()} ({end - t})')
    t = end
print(t - start, (t - start).total_seconds(), timedelta(days=1, seconds=-1))
print(timedelta(minutes=90) > timedelta(hours=1), timedelta(seconds=90) / timedelta(seconds=30), timedelta(hours=1) / 7)
utc = datetime(2024, 1, 1, tzinfo=timezone.utc)
print(utc, utc.isoformat(), utc.astimezone(timezone(timedelta(hours=2))), utc.tzname())
print(datetime.fromisoformat('2024-02-29T10:30:00').strftime('%A %B %d %Y %I:%M %p'))
print(datetime(2024, 1, 1) - utc)
