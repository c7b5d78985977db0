# __await__ must return an iterator; objects without it cannot be awaited
import asyncio

class NoIter:
    def __await__(self):
        return 5

class Good:
    def __await__(self):
        yield from asyncio.sleep(0).__await__()
        return 'good'

async def main():
    print(await Good())
    for obj in (NoIter(), 3, None):
        try:
            await obj
        except TypeError as e:
            print('TypeError:', e)

asyncio.run(main())
