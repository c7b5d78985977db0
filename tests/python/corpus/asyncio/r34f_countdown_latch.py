# A CountDownLatch (from Java) on top of asyncio.Event: wait until N workers have checked in.
import asyncio

class CountDownLatch:
    def __init__(self, count):
        self.count = count
        self._event = asyncio.Event()
        if count == 0:
            self._event.set()

    def count_down(self):
        if self.count > 0:
            self.count -= 1
            if self.count == 0:
                self._event.set()

    async def wait(self):
        await self._event.wait()

async def worker(i, latch):
    await asyncio.sleep(0.01 * i)
    print(f"worker {i} checked in, remaining {latch.count - 1}")
    latch.count_down()

async def main():
    latch = CountDownLatch(3)
    for i in range(1, 4):
        asyncio.create_task(worker(i, latch))
    await latch.wait()
    print("latch released, count =", latch.count)
    latch.count_down()
    print("count stays", latch.count)
    await CountDownLatch(0).wait()
    print("zero latch never blocks")

asyncio.run(main())
