# An async iterator whose __anext__ returns a hand-written awaitable class instead of a coroutine
import asyncio


class Ready:
    def __init__(self, value):
        self.value = value

    def __await__(self):
        if self.value is None:
            raise StopAsyncIteration
        yield from asyncio.sleep(0).__await__()
        return self.value


class Letters:
    def __init__(self, text):
        self.it = iter(text)

    def __aiter__(self):
        return self

    def __anext__(self):
        return Ready(next(self.it, None))


async def main():
    print([c async for c in Letters("abc")])
    it = aiter(Letters("z"))
    print(await anext(it), await anext(it, "end"))


asyncio.run(main())
