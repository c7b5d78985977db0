# A token-bucket rate limiter on loop.time(): five calls at two per 0.2 s
import asyncio

class TokenBucket:
    def __init__(self, rate, capacity):
        self.rate, self.capacity = rate, capacity
        self.tokens = capacity
        self.last = asyncio.get_running_loop().time()

    async def take(self):
        loop = asyncio.get_running_loop()
        while True:
            now = loop.time()
            self.tokens = min(self.capacity, self.tokens + (now - self.last) * self.rate)
            self.last = now
            if self.tokens >= 1:
                self.tokens -= 1
                return
            await asyncio.sleep((1 - self.tokens) / self.rate)

async def main():
    bucket = TokenBucket(rate=10, capacity=2)
    loop = asyncio.get_running_loop()
    start = loop.time()
    stamps = []
    for i in range(5):
        await bucket.take()
        stamps.append(loop.time() - start)
    print("first two immediate:", stamps[1] < 0.05)
    print("five calls took at least 0.28 s:", stamps[-1] > 0.28)
    print("gaps after the burst are positive:", all(b > a for a, b in zip(stamps[1:], stamps[2:])))

asyncio.run(main())
