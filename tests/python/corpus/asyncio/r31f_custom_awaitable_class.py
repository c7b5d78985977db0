# A class with __await__ so instances can be awaited directly
import asyncio

class Delay:
    def __init__(self, seconds, value):
        self.seconds = seconds
        self.value = value

    def __await__(self):
        yield from asyncio.sleep(self.seconds).__await__()
        return self.value

    def __repr__(self):
        return f"Delay({self.seconds}, {self.value!r})"

async def main():
    print(await Delay(0.01, "first"))
    results = await asyncio.gather(Delay(0.02, 1), Delay(0.01, 2))
    print(results)
    t = asyncio.ensure_future(Delay(0, "wrapped"))
    print(type(t).__name__, await t)
    try:
        await 5
    except TypeError as e:
        print("TypeError:", e)

asyncio.run(main())
