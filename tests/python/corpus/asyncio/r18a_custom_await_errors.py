# awaiting things that are not quite awaitable
import asyncio

class NoIter:
    def __await__(self):
        return 5

class GenAwait:
    def __await__(self):
        yield from asyncio.sleep(0.01).__await__()
        return 'ok'

class AsyncOnlyAttr:
    __await__ = None

async def main():
    print(await GenAwait())
    for obj in (NoIter(), AsyncOnlyAttr(), 3, [1], None):
        try:
            await obj
        except TypeError as e:
            print('TypeError:', e)
    try:
        await asyncio.gather(GenAwait(), 7)
    except TypeError as e:
        print('gather TypeError:', e)

asyncio.run(main())
