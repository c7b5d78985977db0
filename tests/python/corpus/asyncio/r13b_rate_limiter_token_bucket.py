import asyncio

class RateLimiter:
    def __init__(self, rate, per):
        self.rate = rate
        self.per = per
        self.tokens = rate
        self.updated = None

    async def acquire(self):
        loop = asyncio.get_running_loop()
        while True:
            now = loop.time()
            if self.updated is None:
                self.updated = now
            self.tokens = min(self.rate, self.tokens + (now - self.updated) * self.rate / self.per)
            self.updated = now
            if self.tokens >= 1:
                self.tokens -= 1
                return
            await asyncio.sleep((1 - self.tokens) * self.per / self.rate)

async def call_api(limiter, i, order):
    await limiter.acquire()
    order.append(i)

async def main():
    limiter = RateLimiter(3, 0.1)
    order = []
    loop = asyncio.get_running_loop()
    start = loop.time()
    await asyncio.gather(*(call_api(limiter, i, order) for i in range(9)))
    elapsed = loop.time() - start
    print("calls:", len(order), sorted(order) == list(range(9)))
    print("took at least 0.15s:", elapsed >= 0.15)

asyncio.run(main())
