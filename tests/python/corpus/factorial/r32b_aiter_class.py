# A class implementing __aiter__/__anext__ that produces factorials up to a limit.
import asyncio


class FactorialRange:
    def __init__(self, stop):
        self.stop = stop

    def __aiter__(self):
        self.n, self.value = 0, 1
        return self

    async def __anext__(self):
        if self.n > self.stop:
            raise StopAsyncIteration
        await asyncio.sleep(0.005)
        current = (self.n, self.value)
        self.n += 1
        self.value *= self.n
        return current


async def main():
    async for n, f in FactorialRange(5):
        print(f"{n}! = {f}")
    print([f async for _, f in FactorialRange(8) if f % 3 == 0])
    for x in FactorialRange(2):
        print(x)


asyncio.run(main())
