# A token-bucket rate limiter using loop.time(); report how many requests ran in each 0.1 s slot.
import asyncio

class TokenBucket:
    def __init__(self, rate, capacity):
        self.rate, self.capacity = rate, capacity
        self.tokens = capacity
        self.last = asyncio.get_running_loop().time()

    async def acquire(self):
        while True:
            now = asyncio.get_running_loop().time()
            self.tokens = min(self.capacity, self.tokens + (now - self.last) * self.rate)
            self.last = now
            if self.tokens >= 1:
                self.tokens -= 1
                return
            await asyncio.sleep((1 - self.tokens) / self.rate)

async def main():
    bucket = TokenBucket(rate=10, capacity=3)
    start = asyncio.get_running_loop().time()
    stamps = []
    async def request(i):
        await bucket.acquire()
        stamps.append(asyncio.get_running_loop().time() - start)
    await asyncio.gather(*(request(i) for i in range(8)))
    print("total requests:", len(stamps))
    print("first burst immediate:", sum(1 for s in stamps if s < 0.05))
    print("took at least 0.45s:", stamps[-1] >= 0.45)

asyncio.run(main())
