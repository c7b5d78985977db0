# Await inside dict, set and list comprehensions, and an async generator expression.
import asyncio

async def square(x):
    await asyncio.sleep(0)
    return x * x

async def numbers(n):
    for i in range(n):
        await asyncio.sleep(0)
        yield i

async def main():
    d = {x: await square(x) for x in range(5)}
    print(d)
    s = {await square(x) % 5 for x in range(10)}
    print(sorted(s))
    evens = [x async for x in numbers(10) if x % 2 == 0]
    print(evens)
    gen = (await square(x) async for x in numbers(4))
    print(type(gen).__name__)
    print([y async for y in gen])
    nested = [[await square(i + j) for j in range(3)] for i in range(2)]
    print(nested)

asyncio.run(main())
