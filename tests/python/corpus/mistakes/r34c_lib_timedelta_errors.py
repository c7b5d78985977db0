# Computing durations with timedelta and getting the units wrong
from datetime import timedelta

d = timedelta(minutes=90)
print(d, d.seconds, d.total_seconds())
print(d.minutes)
