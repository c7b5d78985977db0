# A class whose __aiter__ is an async generator method, plus async for with else and break
import asyncio


class Countdown:
    def __init__(self, start):
        self.start = start

    async def __aiter__(self):
        for n in range(self.start, 0, -1):
            await asyncio.sleep(0)
            yield n


async def main():
    async for n in Countdown(3):
        print(n, end=" ")
    else:
        print("liftoff")
    async for n in Countdown(5):
        if n == 3:
            print("abort at", n)
            break
    else:
        print("not printed")
    it = aiter(Countdown(2))
    print(type(it).__name__, await anext(it), await anext(it), await anext(it, "end"))
    print(sorted([n async for n in Countdown(4)]))
    await anext(Countdown(1))


asyncio.run(main())
