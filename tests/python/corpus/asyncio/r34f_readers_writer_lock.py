# A readers-writer lock built from asyncio.Condition: many readers, one writer at a time.
import asyncio

class RWLock:
    def __init__(self):
        self._cond = asyncio.Condition()
        self._readers = 0
        self._writer = False

    async def acquire_read(self):
        async with self._cond:
            await self._cond.wait_for(lambda: not self._writer)
            self._readers += 1

    async def release_read(self):
        async with self._cond:
            self._readers -= 1
            self._cond.notify_all()

    async def acquire_write(self):
        async with self._cond:
            await self._cond.wait_for(lambda: not self._writer and self._readers == 0)
            self._writer = True

    async def release_write(self):
        async with self._cond:
            self._writer = False
            self._cond.notify_all()

log = []

async def reader(lock, name, delay):
    await asyncio.sleep(delay)
    await lock.acquire_read()
    log.append(f"{name}+")
    await asyncio.sleep(0.05)
    log.append(f"{name}-")
    await lock.release_read()

async def writer(lock, name, delay):
    await asyncio.sleep(delay)
    await lock.acquire_write()
    log.append(f"{name}+")
    await asyncio.sleep(0.05)
    log.append(f"{name}-")
    await lock.release_write()

async def main():
    lock = RWLock()
    await asyncio.gather(reader(lock, "R1", 0), reader(lock, "R2", 0), writer(lock, "W", 0.01),
                         reader(lock, "R3", 0.2))
    print(" ".join(log))

asyncio.run(main())
