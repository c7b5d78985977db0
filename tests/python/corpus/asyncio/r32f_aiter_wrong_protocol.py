# Broken async iterator classes: __aiter__ written as async def, __anext__ as a plain method
import asyncio

class AsyncAiter:
    async def __aiter__(self):
        return self
    async def __anext__(self):
        raise StopAsyncIteration

class SyncAnext:
    def __aiter__(self):
        return self
    def __anext__(self):
        return 1

async def main():
    for cls in (AsyncAiter, SyncAnext):
        try:
            async for x in cls():
                print(x)
        except TypeError as e:
            print(cls.__name__, "TypeError:", e)
    print(await anext(aiter(AsyncAiter()), "fallback") if False else "skip")
    try:
        aiter(AsyncAiter())
    except TypeError as e:
        print("aiter TypeError:", e)

asyncio.run(main())
