# test_pep492: async for over objects whose __aiter__/__anext__ are wrong, in CPython's words
import asyncio

class NoAiter:
    pass

class AiterReturnsInt:
    def __aiter__(self):
        return 1

class AnextNotAwaitable:
    def __aiter__(self):
        return self
    def __anext__(self):
        return 42

class SyncAiter:
    def __aiter__(self):
        return iter([1, 2])

async def main():
    for obj in (NoAiter(), AiterReturnsInt(), AnextNotAwaitable(), SyncAiter(), [1, 2]):
        try:
            async for x in obj:
                print('got', x)
        except TypeError as e:
            print(type(obj).__name__, '->', e)

asyncio.run(main())
