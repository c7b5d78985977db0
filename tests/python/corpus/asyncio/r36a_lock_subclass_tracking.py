# A Lock subclass that records who acquired it, used through async with by three tasks
import asyncio


class TracingLock(asyncio.Lock):
    def __init__(self):
        super().__init__()
        self.history = []

    async def acquire(self):
        result = await super().acquire()
        self.history.append(asyncio.current_task().get_name())
        return result


async def use(lock, hold):
    async with lock:
        await asyncio.sleep(hold)


async def main():
    lock = TracingLock()
    await asyncio.gather(*(asyncio.create_task(use(lock, 0.01), name=f"t{i}") for i in range(3)))
    print(lock.history, lock.locked())


asyncio.run(main())
