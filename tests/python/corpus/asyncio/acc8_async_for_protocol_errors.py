# async for over a list, and over an object whose __aiter__ returns something without __anext__: TypeErrors.
import asyncio

class HalfIter:
    def __aiter__(self):
        return [1, 2]

class NoAiter:
    pass

async def main():
    for obj in ([1, 2, 3], HalfIter(), NoAiter()):
        try:
            async for x in obj:
                print(x)
        except TypeError as e:
            print('TypeError:', e)

asyncio.run(main())
