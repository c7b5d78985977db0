# async for over an async generator and over a class with __aiter__/__anext__; async comprehensions.
import asyncio

async def ticks(n, delay):
    for i in range(n):
        await asyncio.sleep(delay)
        yield i

class Countdown:
    def __init__(self, start):
        self.current = start
    def __aiter__(self):
        return self
    async def __anext__(self):
        if self.current <= 0:
            raise StopAsyncIteration
        await asyncio.sleep(0.01)
        self.current -= 1
        return self.current + 1

async def main():
    async for t in ticks(3, 0.01):
        print('tick', t)
    async for c in Countdown(3):
        print('countdown', c)
    print([x * 10 async for x in ticks(4, 0)])
    print({x: x * x async for x in ticks(3, 0) if x})
    agen = ticks(2, 0)
    print(type(agen).__name__, await agen.__anext__(), await anext(agen))
    try:
        await anext(agen)
    except StopAsyncIteration:
        print('StopAsyncIteration')

async def consumer():
    total = 0
    async for i in ticks(5, 0.02):
        total += i
    return total

asyncio.run(main())
print('total', asyncio.run(consumer()))
