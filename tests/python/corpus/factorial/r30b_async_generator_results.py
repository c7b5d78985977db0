# An async generator that yields (n, n!) as each one is computed, consumed with async for.
import asyncio


async def factorials(numbers):
    for n in numbers:
        f = 1
        for i in range(2, n + 1):
            await asyncio.sleep(0.005)
            f *= i
        yield n, f


async def main():
    async for n, f in factorials([5, 7, 3, 6]):
        print(f"{n:>2}! = {f:>6}")
    table = {n: f async for n, f in factorials(range(4))}
    print(table)
    agen = factorials([2])
    print(await agen.__anext__())
    print(await anext(agen, "exhausted"))


asyncio.run(main())
