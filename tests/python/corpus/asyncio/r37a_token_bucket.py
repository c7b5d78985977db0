# A token bucket rate limiter refilled by a background task; requests wait for tokens
import asyncio


class TokenBucket:
    def __init__(self, capacity):
        self.tokens = capacity
        self.capacity = capacity
        self.cond = asyncio.Condition()

    async def refill(self, every):
        while True:
            await asyncio.sleep(every)
            async with self.cond:
                if self.tokens < self.capacity:
                    self.tokens += 1
                    self.cond.notify()

    async def take(self):
        async with self.cond:
            await self.cond.wait_for(lambda: self.tokens > 0)
            self.tokens -= 1


async def request(bucket, i, log):
    await bucket.take()
    log.append(i)


async def main():
    bucket = TokenBucket(2)
    refiller = asyncio.create_task(bucket.refill(0.2), name="refiller")
    log = []
    reqs = [asyncio.create_task(request(bucket, i, log)) for i in range(5)]
    await asyncio.sleep(0.1)
    for step in range(4):
        if step:
            await asyncio.sleep(0.2)
        print(f"after tick {step}: served {log}")
    await asyncio.gather(*reqs)
    refiller.cancel()
    try:
        await refiller
    except asyncio.CancelledError:
        print(refiller.get_name(), "cancelled:", refiller.cancelled())


asyncio.run(main())
