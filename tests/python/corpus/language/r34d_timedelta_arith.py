# timedelta arithmetic: division, modulo, negative durations and total_seconds
from datetime import timedelta, datetime

shift = timedelta(hours=7, minutes=45)
week = timedelta(weeks=1)
print(shift, week, week / shift, week // shift, week % shift)
print(shift * 3, shift / 4, shift * 1.5, -shift, abs(-shift))
print(timedelta(seconds=-1), timedelta(days=-1, seconds=86399) == timedelta(seconds=-1))
print(repr(timedelta(days=1, microseconds=5)), timedelta(milliseconds=1500).total_seconds())
print(divmod(timedelta(hours=25), timedelta(days=1)))
print(timedelta.max, timedelta.min, timedelta.resolution)
start = datetime(2024, 1, 31, 22, 0)
for k in range(3):
    t = start + k * shift
    print(t.strftime("%a %d %H:%M"), (t - start).total_seconds() / 3600)
print(datetime(2024, 3, 1) - datetime(2024, 2, 1), (datetime(2023, 3, 1) - datetime(2023, 2, 1)).days)
print(sum([timedelta(minutes=m) for m in (15, 30, 45)], timedelta()))
print(round(timedelta(seconds=100) / timedelta(minutes=1), 3), str(timedelta(seconds=3661.5)))
try:
    timedelta(days=1) * timedelta(days=1)
except TypeError as e:
    print(e)
try:
    timedelta(days=1_000_000_000)
except OverflowError as e:
    print(e)
