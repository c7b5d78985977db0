# Async comprehensions with await in the condition and the element, nested async for, and a generator expression.
import asyncio

async def numbers(n):
    for i in range(n):
        await asyncio.sleep(0)
        yield i

async def is_even(x):
    await asyncio.sleep(0)
    return x % 2 == 0

async def square(x):
    return x * x

async def main():
    print([await square(x) async for x in numbers(6) if await is_even(x)])
    print({x: await square(x) async for x in numbers(3)})
    print({x % 3 async for x in numbers(7)})
    print([(a, b) async for a in numbers(2) for b in range(2)])
    gen = (x * 10 async for x in numbers(3))
    print(type(gen).__name__, [v async for v in gen])
    print([await square(x) for x in range(4)])

asyncio.run(main())
