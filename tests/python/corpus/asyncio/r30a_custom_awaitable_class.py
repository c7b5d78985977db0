# A class with __await__ yielding a Future, and one whose __await__ returns a non-iterator
import asyncio

class Delay:
    def __init__(self, seconds, value):
        self.seconds = seconds
        self.value = value
    def __await__(self):
        yield from asyncio.sleep(self.seconds).__await__()
        return self.value

class Broken:
    def __await__(self):
        return 42

async def main():
    print(await Delay(0.01, "first"))
    results = await asyncio.gather(Delay(0.02, "a"), Delay(0.01, "b"))
    print(results)
    print(await asyncio.wait_for(Delay(0, "quick"), 1))
    await Broken()

asyncio.run(main())
