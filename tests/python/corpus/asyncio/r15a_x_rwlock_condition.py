# A readers-writer lock built on a Condition: readers share, a writer is alone
import asyncio

class RWLock:
    def __init__(self):
        self.cond = asyncio.Condition()
        self.readers = 0
        self.writer = False

    async def acquire_read(self):
        async with self.cond:
            await self.cond.wait_for(lambda: not self.writer)
            self.readers += 1

    async def release_read(self):
        async with self.cond:
            self.readers -= 1
            self.cond.notify_all()

    async def acquire_write(self):
        async with self.cond:
            await self.cond.wait_for(lambda: not self.writer and self.readers == 0)
            self.writer = True

    async def release_write(self):
        async with self.cond:
            self.writer = False
            self.cond.notify_all()

async def reader(lock, name, log):
    await lock.acquire_read()
    log.append(f"{name} reading with {lock.readers} reader(s)")
    await asyncio.sleep(0.05)
    await lock.release_read()

async def writer(lock, log):
    await asyncio.sleep(0.01)
    await lock.acquire_write()
    log.append(f"writer writing, readers={lock.readers}")
    await asyncio.sleep(0.05)
    await lock.release_write()

async def main():
    lock, log = RWLock(), []
    await asyncio.gather(reader(lock, "r1", log), reader(lock, "r2", log), writer(lock, log))
    print("\n".join(log))

asyncio.run(main())
