# subclasses of Lock, Event and Semaphore that count their use
import asyncio

class CountingLock(asyncio.Lock):
    def __init__(self):
        super().__init__()
        self.acquisitions = 0
    async def acquire(self):
        self.acquisitions += 1
        return await super().acquire()

class NamedEvent(asyncio.Event):
    def __init__(self, name):
        super().__init__()
        self.name = name
    def __repr__(self):
        return f'<NamedEvent {self.name} set={self.is_set()}>'

async def main():
    lock = CountingLock()
    async def use():
        async with lock:
            await asyncio.sleep(0.01)
    await asyncio.gather(use(), use(), use())
    print('acquisitions', lock.acquisitions, lock.locked())
    ev = NamedEvent('ready')
    asyncio.get_running_loop().call_later(0.01, ev.set)
    print(await ev.wait(), ev)

asyncio.run(main())
