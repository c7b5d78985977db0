# Token-bucket rate limiter: at most 2 calls per 0.1 s, timestamps floored to 0.1 s steps
import asyncio
import time

class RateLimiter:
    def __init__(self, rate, per):
        self.rate, self.per = rate, per
        self.calls = []

    async def acquire(self):
        while True:
            now = time.monotonic()
            self.calls = [t for t in self.calls if now - t < self.per]
            if len(self.calls) < self.rate:
                self.calls.append(now)
                return
            await asyncio.sleep(self.per - (now - self.calls[0]))

async def main():
    limiter = RateLimiter(2, 0.1)
    start = time.monotonic()
    slots = []
    for i in range(6):
        await limiter.acquire()
        slots.append(int((time.monotonic() - start) * 10 + 0.05))
    print("slots (in 0.1 s units):", slots)

asyncio.run(main())
