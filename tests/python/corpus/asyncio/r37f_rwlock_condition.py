# A readers-writer lock built with asyncio.Condition: many readers at once, writers alone
import asyncio

class RWLock:
    def __init__(self):
        self.cond = asyncio.Condition()
        self.readers = 0
        self.writing = False

    async def acquire_read(self):
        async with self.cond:
            await self.cond.wait_for(lambda: not self.writing)
            self.readers += 1

    async def release_read(self):
        async with self.cond:
            self.readers -= 1
            self.cond.notify_all()

    async def acquire_write(self):
        async with self.cond:
            await self.cond.wait_for(lambda: not self.writing and self.readers == 0)
            self.writing = True

    async def release_write(self):
        async with self.cond:
            self.writing = False
            self.cond.notify_all()

log = []

async def reader(i, lock):
    await lock.acquire_read()
    log.append(f"R{i}+{lock.readers}")
    await asyncio.sleep(0.02)
    await lock.release_read()

async def writer(i, lock):
    await asyncio.sleep(0.01)
    await lock.acquire_write()
    log.append(f"W{i} alone={lock.readers == 0}")
    await asyncio.sleep(0.02)
    await lock.release_write()

async def main():
    lock = RWLock()
    await asyncio.gather(reader(1, lock), reader(2, lock), writer(1, lock), reader(3, lock))
    print(log)

asyncio.run(main())
