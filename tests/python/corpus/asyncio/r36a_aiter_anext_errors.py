# aiter() and anext() on the wrong kinds of objects, and anext with a default
import asyncio


class BadAiter:
    def __aiter__(self):
        return [1, 2]


class Countdown:
    def __init__(self, n):
        self.n = n

    def __aiter__(self):
        return self

    async def __anext__(self):
        if self.n == 0:
            raise StopAsyncIteration
        self.n -= 1
        return self.n


async def main():
    for obj in ([1, 2], BadAiter()):
        try:
            aiter(obj)
        except TypeError as e:
            print("aiter TypeError:", e)
    try:
        await anext(iter([1]))
    except TypeError as e:
        print("anext TypeError:", e)
    c = Countdown(2)
    print([await anext(c, "empty") for _ in range(4)])
    print([x async for x in Countdown(3)])
    async for x in BadAiter():
        print(x)


asyncio.run(main())
