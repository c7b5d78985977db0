# Async comprehensions: collect factorials from an async generator into a list, dict and set.
import asyncio


async def factorials_upto(n):
    f = 1
    for i in range(1, n + 1):
        await asyncio.sleep(0.01)
        f *= i
        yield i, f


async def main():
    values = [f async for _, f in factorials_upto(7)]
    print(values)
    table = {i: f async for i, f in factorials_upto(5) if i % 2}
    print(table)
    ends = {f % 10 async for _, f in factorials_upto(8)}
    print(sorted(ends))
    squares = [await asyncio.sleep(0, result=f * f) for f in values[:3]]
    print(squares)


asyncio.run(main())
