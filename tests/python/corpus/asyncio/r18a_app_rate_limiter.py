# a token-bucket rate limiter refilled by a background task
import asyncio

class Bucket:
    def __init__(self, rate, capacity):
        self.tokens = capacity
        self.capacity = capacity
        self.rate = rate
        self.cond = asyncio.Condition()

    async def refill(self):
        while True:
            await asyncio.sleep(1 / self.rate)
            async with self.cond:
                if self.tokens < self.capacity:
                    self.tokens += 1
                    self.cond.notify()

    async def take(self):
        async with self.cond:
            await self.cond.wait_for(lambda: self.tokens > 0)
            self.tokens -= 1

async def request(bucket, i, loop, start, log):
    await bucket.take()
    log.append((round((loop.time() - start) * 2) / 2, i))

async def main():
    loop = asyncio.get_running_loop()
    bucket = Bucket(rate=2, capacity=3)
    refiller = asyncio.create_task(bucket.refill())
    start = loop.time()
    log = []
    await asyncio.gather(*(request(bucket, i, loop, start, log) for i in range(6)))
    refiller.cancel()
    for t, i in log:
        print(f'request {i} at {t:.1f}s')

asyncio.run(main())
