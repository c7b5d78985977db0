# A class with __await__ delegating to a sleep, and one that yields a bad value
import asyncio

class Delay:
    def __init__(self, secs, value):
        self.secs, self.value = secs, value
    def __await__(self):
        yield from asyncio.sleep(self.secs).__await__()
        return self.value

class Bad:
    def __await__(self):
        yield "not a future"

async def main():
    print(await Delay(0.01, "ready"))
    print(await asyncio.gather(Delay(0.02, 1), Delay(0.01, 2)))
    await Bad()

asyncio.run(main())
