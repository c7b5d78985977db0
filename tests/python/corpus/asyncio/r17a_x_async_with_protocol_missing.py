# async with and async for on objects missing the async protocols
import asyncio

class OnlyEnter:
    async def __aenter__(self):
        return self

class SyncCM:
    def __enter__(self):
        return self
    def __exit__(self, *a):
        pass

async def main():
    for obj in (OnlyEnter(), SyncCM()):
        try:
            async with obj:
                pass
        except TypeError as e:
            print('TypeError:', e)
    try:
        async for x in [1, 2]:
            pass
    except TypeError as e:
        print('TypeError:', e)
    try:
        aiter([1])
    except TypeError as e:
        print('TypeError:', e)

asyncio.run(main())
