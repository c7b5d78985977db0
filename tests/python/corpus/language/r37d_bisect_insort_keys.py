# Keeping an event list sorted with bisect.insort and key= (3.10+), plus grade lookup with bisect_right.
import bisect
from dataclasses import dataclass

@dataclass
class Event:
    when: int
    name: str

events = []
for when, name in [(5, "lunch"), (1, "wake"), (9, "sleep"), (5, "call"), (3, "gym")]:
    bisect.insort(events, Event(when, name), key=lambda e: e.when)
print([f"{e.when}:{e.name}" for e in events])
print(bisect.bisect_left(events, 5, key=lambda e: e.when), bisect.bisect_right(events, 5, key=lambda e: e.when))
def grade(score, cuts=(60, 70, 80, 90), letters="FDCBA"):
    return letters[bisect.bisect(cuts, score)]
print([grade(s) for s in (33, 60, 69, 70, 89, 90, 100)])
nums = [1, 3, 3, 3, 7]
print(bisect.bisect_left(nums, 3), bisect.bisect_right(nums, 3), bisect.bisect_left(nums, 3, 2, 4))
bisect.insort_left(nums, 3)
bisect.insort_right(nums, 8, lo=2)
print(nums)
try:
    bisect.insort(events, Event(2, "x"))
except TypeError as e:
    print(type(e).__name__, e)
try:
    bisect.bisect(nums, 1, lo=-1)
except ValueError as e:
    print(e)
