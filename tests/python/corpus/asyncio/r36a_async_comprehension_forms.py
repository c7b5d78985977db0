# Async comprehensions of every kind: list, set, dict, nested, with await in the filter
import asyncio


async def numbers(n):
    for i in range(n):
        await asyncio.sleep(0)
        yield i


async def is_even(x):
    await asyncio.sleep(0)
    return x % 2 == 0


async def main():
    print([x async for x in numbers(5)])
    print(sorted({x % 3 async for x in numbers(7)}))
    print({x: x * x async for x in numbers(4) if await is_even(x)})
    print([[y async for y in numbers(x)] for x in range(3)])
    print([await is_even(x) for x in range(3)])
    gen = (x * 10 async for x in numbers(3))
    print(type(gen).__name__, [v async for v in gen])
    print(sum(x async for x in numbers(3)))


asyncio.run(main())
