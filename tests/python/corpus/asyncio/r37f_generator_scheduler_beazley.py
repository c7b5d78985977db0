# A tiny event loop built from generators and heapq, the way talks explain asyncio from scratch
import heapq
from collections import deque

class Scheduler:
    def __init__(self):
        self.ready = deque()
        self.sleeping = []
        self.now = 0
        self.seq = 0

    def spawn(self, gen):
        self.ready.append(gen)

    def run(self):
        while self.ready or self.sleeping:
            if not self.ready:
                self.now, _, gen = heapq.heappop(self.sleeping)
                self.ready.append(gen)
            gen = self.ready.popleft()
            try:
                delay = next(gen)
            except StopIteration as e:
                print(f"t={self.now}: task returned {e.value!r}")
                continue
            self.seq += 1
            heapq.heappush(self.sleeping, (self.now + delay, self.seq, gen))

def countdown(name, n, step):
    while n > 0:
        print(f"t={sched.now}: {name} {n}")
        yield step
        n -= 1
    return f"{name} done"

sched = Scheduler()
sched.spawn(countdown("A", 3, 2))
sched.spawn(countdown("B", 4, 1))
sched.run()
print("final time", sched.now)
