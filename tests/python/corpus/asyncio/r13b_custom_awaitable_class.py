import asyncio

class Delay:
    def __init__(self, seconds, value):
        self.seconds = seconds
        self.value = value

    def __await__(self):
        yield from asyncio.sleep(self.seconds).__await__()
        return self.value

async def main():
    print(await Delay(0.01, "awaited directly"))
    t = asyncio.ensure_future(Delay(0.01, "wrapped in a task"))
    print(type(t).__name__, await t)
    print(await asyncio.gather(Delay(0.02, 1), Delay(0.01, 2)))
    print(asyncio.iscoroutine(Delay(0, 0)), hasattr(Delay(0, 0), "__await__"))

asyncio.run(main())
