import asyncio


class CountDownLatch:
    def __init__(self, count):
        self.count = count
        self._done = asyncio.Event()

    def count_down(self):
        self.count -= 1
        if self.count <= 0:
            self._done.set()

    async def wait(self):
        await self._done.wait()


async def service(name, delay, latch):
    await asyncio.sleep(delay)
    print(f"{name} ready")
    latch.count_down()


async def main():
    latch = CountDownLatch(3)
    for name, delay in [("db", 0.3), ("cache", 0.1), ("search", 0.2)]:
        asyncio.create_task(service(name, delay, latch))
    await latch.wait()
    print("all services ready, count =", latch.count)


asyncio.run(main())
