# Async iterator protocol mistakes: __anext__ returning a plain value, __aiter__ declared async
import asyncio


class BadNext:
    def __aiter__(self):
        return self

    def __anext__(self):
        return 42


class AsyncAiter:
    async def __aiter__(self):
        return self

    async def __anext__(self):
        raise StopAsyncIteration


async def main():
    try:
        async for x in BadNext():
            print(x)
    except TypeError as e:
        print("TypeError:", e)
    async for y in AsyncAiter():
        print(y)


asyncio.run(main())
