import asyncio


class Delay:
    def __init__(self, seconds, value):
        self.seconds = seconds
        self.value = value

    def __await__(self):
        yield from asyncio.sleep(self.seconds).__await__()
        return self.value


class Countdown:
    def __init__(self, n):
        self.n = n

    def __await__(self):
        for i in range(self.n, 0, -1):
            print("countdown", i)
            yield from asyncio.sleep(0).__await__()
        return "go"


async def main():
    print(await Delay(0.01, "delayed value"))
    print(await Countdown(3))
    results = await asyncio.gather(Delay(0.02, "b"), Delay(0.01, "a"))
    print(results)
    task = asyncio.ensure_future(Delay(0, "wrapped"))
    print(type(task).__name__, await task)


asyncio.run(main())
