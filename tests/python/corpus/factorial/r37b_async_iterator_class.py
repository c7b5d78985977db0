# An async iterator class (__aiter__/__anext__) producing successive factorials up to a limit.
import asyncio


class Factorials:
    def __init__(self, limit):
        self.limit = limit
        self.k = 0
        self.value = 1

    def __aiter__(self):
        return self

    async def __anext__(self):
        if self.k > self.limit:
            raise StopAsyncIteration
        await asyncio.sleep(0.01)
        if self.k:
            self.value *= self.k
        self.k += 1
        return self.k - 1, self.value


async def main():
    async for k, v in Factorials(6):
        print(f"{k}! = {v}")
    it = Factorials(1)
    print(await anext(it), await anext(it))
    print(await anext(it, "finished"))
    print(await anext(it))


asyncio.run(main())
