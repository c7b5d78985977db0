# A custom awaitable class with __await__ delegating to a Future, and a broken one
import asyncio

class Delayed:
    def __init__(self, value, delay):
        self.value, self.delay = value, delay

    def __await__(self):
        yield from asyncio.sleep(self.delay).__await__()
        return self.value

class Broken:
    def __await__(self):
        return 42

class BadYield:
    def __await__(self):
        yield "not a future"

async def main():
    print(await Delayed("ready", 0.01))
    print(await asyncio.gather(Delayed(1, 0.02), Delayed(2, 0.01)))
    try:
        await Broken()
    except TypeError as e:
        print("TypeError:", e)
    await BadYield()

asyncio.run(main())
