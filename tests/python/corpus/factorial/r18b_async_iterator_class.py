import asyncio
from contextlib import asynccontextmanager

class FactorialSequence:
    """Async iterator over 0!, 1!, ..., limit!"""
    def __init__(self, limit):
        self.limit = limit
        self.i = 0
        self.value = 1

    def __aiter__(self):
        return self

    async def __anext__(self):
        if self.i > self.limit:
            raise StopAsyncIteration
        await asyncio.sleep(0.1)
        if self.i:
            self.value *= self.i
        self.i += 1
        return self.i - 1, self.value

@asynccontextmanager
async def announce(label):
    print(f"<{label}>")
    try:
        yield label.upper()
    finally:
        print(f"</{label}>")

async def main():
    async with announce("table") as name:
        print("name is", name)
        async for i, f in FactorialSequence(6):
            print(f"  {i}! = {f}")
    seq = FactorialSequence(3)
    print([f async for _, f in seq], [f async for _, f in seq])
    try:
        async with announce("broken"):
            raise ZeroDivisionError("boom")
    except ZeroDivisionError as e:
        print("caught", e)
    for x in FactorialSequence(2):
        print(x)

asyncio.run(main())
