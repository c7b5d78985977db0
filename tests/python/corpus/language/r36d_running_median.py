# Running median of a stream with two heaps, checked against statistics.median.
import heapq
import random
import statistics

class RunningMedian:
    def __init__(self):
        self.low = []
        self.high = []

    def add(self, x):
        if self.low and x > -self.low[0]:
            heapq.heappush(self.high, x)
        else:
            heapq.heappush(self.low, -x)
        if len(self.low) > len(self.high) + 1:
            heapq.heappush(self.high, -heapq.heappop(self.low))
        elif len(self.high) > len(self.low):
            heapq.heappush(self.low, -heapq.heappop(self.high))

    def median(self):
        if len(self.low) > len(self.high):
            return -self.low[0]
        return (-self.low[0] + self.high[0]) / 2

random.seed(11)
rm = RunningMedian()
seen = []
for _ in range(12):
    x = random.randint(1, 50)
    rm.add(x)
    seen.append(x)
    assert rm.median() == statistics.median(seen)
    print(f"{x:3d} -> median {rm.median()}")
print(sorted(seen))
print(len(rm.low), len(rm.high), -rm.low[0], rm.high[0])
top3 = heapq.nlargest(3, enumerate(seen), key=lambda p: p[1])
print(top3)
empty = RunningMedian()
empty.median()
