# an async generator of ticks I stop early; it refers back to its owner (a cycle)
import asyncio
import gc

class Ticker:
    def __init__(self):
        self.gen = self.ticks()

    async def ticks(self):
        try:
            for i in range(10):
                await asyncio.sleep(0.01)
                yield i
        finally:
            print('ticks finally')

async def main():
    t = Ticker()
    async for i in t.gen:
        print('tick', i)
        if i == 2:
            break
    t = None
    gc.collect()
    await asyncio.sleep(0.01)
    print('main - finished')

asyncio.run(main())
print('Main - Done')
