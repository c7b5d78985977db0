# A token-bucket rate limiter based on loop.time(): 5 requests, 2 allowed per 0.1s
import asyncio

class RateLimiter:
    def __init__(self, rate, per):
        self.rate = rate
        self.per = per
        self.allowance = rate
        self.last = None

    async def acquire(self):
        loop = asyncio.get_running_loop()
        while True:
            now = loop.time()
            if self.last is None:
                self.last = now
            self.allowance = min(self.rate, self.allowance + (now - self.last) * self.rate / self.per)
            self.last = now
            if self.allowance >= 1:
                self.allowance -= 1
                return
            await asyncio.sleep((1 - self.allowance) * self.per / self.rate)

async def main():
    limiter = RateLimiter(2, 0.1)
    loop = asyncio.get_running_loop()
    start = loop.time()
    for i in range(5):
        await limiter.acquire()
        print(f"request {i} allowed")
    print("took at least 0.14s:", loop.time() - start >= 0.14)

asyncio.run(main())
