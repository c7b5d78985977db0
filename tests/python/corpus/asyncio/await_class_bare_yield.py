# A class's __await__ that yields: a bare yield gives the loop a turn (the
# tasks interleave as in CPython), a cancel comes in at the yield, and any
# other value is thrown back into it as "Task got bad yield" (it was ignored).
import asyncio

class Yielder:
    def __init__(self, name, n):
        self.name, self.n = name, n
    def __await__(self):
        for i in range(self.n):
            print(self.name, 'step', i)
            yield
        return self.name.upper()

class Bad:
    def __await__(self):
        try:
            yield 'not a future'
        except RuntimeError as e:
            print('caught', e)
        yield 42
        return 5

async def worker(name, n):
    return await Yielder(name, n)

async def main():
    print(await asyncio.gather(worker('a', 3), worker('b', 2), worker('c', 1)))
    t = asyncio.create_task(worker('d', 5))
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    t.cancel()
    try:
        await t
    except asyncio.CancelledError:
        print('d cancelled')
    await Bad()

asyncio.run(main())
