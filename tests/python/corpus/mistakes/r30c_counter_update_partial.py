# Counting words from a generator that fails partway.
from collections import Counter, deque

def words():
    yield from ["to", "be", "or", "not"]
    raise IOError("stream closed")

c = Counter()
try:
    c.update(words())
except OSError as e:
    print("OSError:", e)
print(sorted(c.items()))
last = deque(maxlen=2)
try:
    last.extend(words())
except OSError:
    pass
print(list(last))
d = deque([0])
try:
    d.extendleft(words())
except OSError:
    pass
print(list(d))
