import asyncio


class Counter:
    def __init__(self):
        self.value = 0
        self.cond = asyncio.Condition()

    async def incr(self):
        async with self.cond:
            self.value += 1
            self.cond.notify_all()

    async def wait_until(self, target, who):
        async with self.cond:
            got = await self.cond.wait_for(lambda: self.value >= target)
            print(f"{who}: value reached {self.value} (predicate returned {got})")


async def main():
    c = Counter()
    waiters = [asyncio.create_task(c.wait_until(t, f"waiter{t}")) for t in (3, 1, 5)]
    for _ in range(5):
        await asyncio.sleep(0.005)
        await c.incr()
    await asyncio.gather(*waiters)


asyncio.run(main())
