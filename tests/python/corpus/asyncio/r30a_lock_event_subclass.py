# Subclassing asyncio.Lock and asyncio.Event to log what happens
import asyncio

class LoudLock(asyncio.Lock):
    async def acquire(self):
        print("acquire requested; locked =", self.locked())
        return await super().acquire()
    def release(self):
        print("release")
        super().release()

class CountingEvent(asyncio.Event):
    sets = 0
    def set(self):
        CountingEvent.sets += 1
        super().set()

async def main():
    lock = LoudLock()
    async with lock:
        print("in critical section")
    ev = CountingEvent()
    asyncio.get_running_loop().call_soon(ev.set)
    await ev.wait()
    ev.set()
    print("sets:", CountingEvent.sets, isinstance(ev, asyncio.Event))

asyncio.run(main())
