# A CountDownLatch built on asyncio.Event, as in a Java-to-Python port
import asyncio

class CountDownLatch:
    def __init__(self, count):
        if count < 0:
            raise ValueError("count must be >= 0")
        self._count = count
        self._event = asyncio.Event()
        if count == 0:
            self._event.set()

    def count_down(self):
        if self._count > 0:
            self._count -= 1
            if self._count == 0:
                self._event.set()

    async def wait(self, timeout=None):
        try:
            await asyncio.wait_for(self._event.wait(), timeout)
            return True
        except TimeoutError:
            return False

    def __repr__(self):
        return f"<CountDownLatch count={self._count}>"

async def service(name, d, latch):
    await asyncio.sleep(d)
    print(f"{name} ready")
    latch.count_down()

async def main():
    latch = CountDownLatch(3)
    for n, d in [("db", 0.02), ("cache", 0.01), ("queue", 0.2)]:
        asyncio.create_task(service(n, d, latch))
    print("ready in 0.1 s?", await latch.wait(0.1), latch)
    print("ready eventually?", await latch.wait(), latch)
    print(await CountDownLatch(0).wait(0))

asyncio.run(main())
