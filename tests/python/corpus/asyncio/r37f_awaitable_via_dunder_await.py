# An awaitable class whose __await__ delegates to asyncio.sleep and a helper coroutine
import asyncio

class Delayed:
    def __init__(self, value, delay):
        self.value, self.delay = value, delay

    def __await__(self):
        yield from asyncio.sleep(self.delay).__await__()
        result = yield from self._double().__await__()
        return result

    async def _double(self):
        return self.value * 2

    def __repr__(self):
        return f"Delayed({self.value!r})"

async def main():
    print(await Delayed(21, 0.01))
    res = await asyncio.gather(Delayed("ab", 0.02), Delayed(5, 0.01))
    print(res)
    t = asyncio.ensure_future(Delayed([1], 0))
    print(type(t).__name__, await t)
    try:
        await asyncio.wait_for(Delayed(1, 0.5), 0.05)
    except TimeoutError:
        print("timed out", Delayed(1, 0.5))

asyncio.run(main())
