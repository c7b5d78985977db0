# string, bisect, heapq and collections.deque.
import bisect
import heapq
import string
from collections import deque

print(string.ascii_lowercase, string.digits, string.punctuation, string.capwords('hello   big world'))
scores = [1, 3, 3, 7]
print(bisect.bisect(scores, 3), bisect.bisect_left(scores, 3), bisect.bisect_right(scores, 0))
bisect.insort(scores, 5)
print(scores, bisect.bisect_left([(1, 'a'), (5, 'b')], 3, key=lambda p: p[0]))

heap = []
for x in [5, 1, 8, 3, 2]:
    heapq.heappush(heap, x)
print(heap, [heapq.heappop(heap) for _ in range(3)], heap)
tasks = [(3, 'write'), (1, 'plan'), (2, 'code')]
heapq.heapify(tasks)
while tasks:
    priority, name = heapq.heappop(tasks)
    print(priority, name)
print(heapq.nlargest(2, [3, 9, 4]), heapq.nsmallest(2, 'dbca'))

d = deque([1, 2, 3])
d.append(4)
d.appendleft(0)
print(d, d.pop(), d.popleft(), d, len(d), 2 in d, d[0], d[-1])
d.rotate(1)
print(d)
recent = deque(maxlen=3)
for event in ['start', 'step 1', 'step 2', 'step 3', 'stop']:
    recent.append(event)
print(recent, list(recent))
try:
    deque().popleft()
except IndexError as e:
    print('IndexError:', e)
