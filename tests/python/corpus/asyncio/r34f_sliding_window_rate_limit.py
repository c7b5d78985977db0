# A sliding-window rate limiter (max 3 calls per 0.1 s) using the loop's clock and a deque.
import asyncio
from collections import deque

class RateLimiter:
    def __init__(self, calls, period):
        self.calls, self.period = calls, period
        self.stamps = deque()

    async def acquire(self):
        loop = asyncio.get_running_loop()
        while True:
            now = loop.time()
            while self.stamps and now - self.stamps[0] >= self.period:
                self.stamps.popleft()
            if len(self.stamps) < self.calls:
                self.stamps.append(now)
                return
            await asyncio.sleep(self.period - (now - self.stamps[0]))

async def main():
    limiter = RateLimiter(3, 0.1)
    loop = asyncio.get_running_loop()
    start = loop.time()
    stamps = []
    for i in range(7):
        await limiter.acquire()
        stamps.append(loop.time() - start)
        print(f"call {i}")
    print("at most 3 per window:", all(stamps[i + 3] - stamps[i] >= 0.1 - 1e-9 for i in range(4)))
    print("took at least 0.2s:", stamps[-1] >= 0.2 - 1e-9)

asyncio.run(main())
