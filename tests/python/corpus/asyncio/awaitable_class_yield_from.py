# A class whose __await__ delegates to asyncio.sleep with yield from: awaited, gathered and wrapped by ensure_future.
import asyncio

class Delay:
    def __init__(self, secs, value):
        self.secs, self.value = secs, value
    def __await__(self):
        yield from asyncio.sleep(self.secs).__await__()
        return self.value
    def __repr__(self):
        return f'Delay({self.secs!r}, {self.value!r})'

async def main():
    d = Delay(0.01, 'v')
    print(d, await d)
    print(await asyncio.gather(Delay(0.02, 1), Delay(0.01, 2)))
    t = asyncio.ensure_future(Delay(0, 3))
    print(type(t).__name__, await t)

asyncio.run(main())
