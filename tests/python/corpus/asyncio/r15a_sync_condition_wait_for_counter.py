# wait_for(predicate) on a Condition: a task waits until a counter reaches a target
import asyncio

class Counter:
    def __init__(self):
        self.value = 0
        self.cond = asyncio.Condition()

    async def add(self, n):
        async with self.cond:
            self.value += n
            print("value now", self.value)
            self.cond.notify_all()

    async def wait_until(self, target):
        async with self.cond:
            result = await self.cond.wait_for(lambda: self.value >= target)
            return result, self.value

async def main():
    c = Counter()
    waiter = asyncio.create_task(c.wait_until(10))
    for n in (3, 4, 2, 5):
        await asyncio.sleep(0.02)
        await c.add(n)
    print("wait_until returned", await waiter)

asyncio.run(main())
