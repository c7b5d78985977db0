# Looking up which tariff applies at a time of day with bisect on sorted breakpoints
from bisect import bisect_right, bisect_left, insort
from datetime import time

breaks = [time(0), time(7), time(9, 30), time(16), time(19)]
tariffs = ["night", "shoulder", "day", "peak", "evening"]


def tariff(t):
    return tariffs[bisect_right(breaks, t) - 1]


for t in [time(0), time(6, 59), time(7), time(12, 15), time(16), time(23, 59)]:
    print(t.strftime("%H:%M"), tariff(t))
events = []
for when, what in [(time(9), "standup"), (time(8), "coffee"), (time(12), "lunch"), (time(8), "email")]:
    insort(events, (when, what))
print([f"{w:%H:%M} {x}" for w, x in events])
idx = bisect_left(events, (time(9),))
print(idx, events[idx][1], bisect_right([1, 2, 2, 3], 2), bisect_left([1, 2, 2, 3], 2))
print(tariff("noon"))
