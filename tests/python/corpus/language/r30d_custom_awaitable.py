# A class with __await__ used in asyncio, a types.coroutine helper, and awaiting a plain object
import asyncio
import types


class Delay:
    def __init__(self, seconds, value):
        self.seconds, self.value = seconds, value

    def __await__(self):
        yield from asyncio.sleep(self.seconds).__await__()
        return self.value


@types.coroutine
def yield_once():
    yield
    return "resumed"


async def main():
    print(await Delay(0.01, "delayed value"))
    results = await asyncio.gather(Delay(0.02, "a"), Delay(0.01, "b"))
    print(results)
    t = asyncio.ensure_future(Delay(0.01, "as task"))
    print(type(t).__name__, await t)
    print(await yield_once())
    print(asyncio.iscoroutinefunction(yield_once), asyncio.iscoroutine(yield_once()))
    await 42


asyncio.run(main())
