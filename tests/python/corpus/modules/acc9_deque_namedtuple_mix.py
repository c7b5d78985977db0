# deque(maxlen) as a sliding window, namedtuple records, defaultdict of deques.
from collections import deque, namedtuple, defaultdict
Reading = namedtuple("Reading", ["t", "value"])
window = deque(maxlen=3)
averages = []
for t, v in enumerate([4, 8, 15, 16, 23, 42]):
    window.append(Reading(t, v))
    averages.append(round(sum(r.value for r in window) / len(window), 2))
print(averages, window, window.maxlen)
print(window[0]._replace(value=0), window[-1]._asdict(), Reading._make((9, 9)))
hist = defaultdict(lambda: deque(maxlen=2))
for key, v in [("a", 1), ("b", 2), ("a", 3), ("a", 5)]:
    hist[key].append(v)
print(dict(hist))
d = deque([1, 2, 3], maxlen=3)
d.appendleft(0)
print(d)
d.extend([7, 8])
print(d, d.copy(), deque("abc", 2), deque(maxlen=0))
d.reverse()
print(d, 8 in d, d * 2, d + deque([1]), list(reversed(d)))
d.insert(1, 5) if len(d) < 3 else print("full")
try:
    d.insert(0, 9)
except IndexError as e:
    print("IndexError:", e)
print(deque(range(3)) == deque([0, 1, 2]), deque([1]) < deque([2]), repr(deque()))
