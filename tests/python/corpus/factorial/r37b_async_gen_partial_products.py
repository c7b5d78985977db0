# An async generator that yields every partial product on the way to n!.
import asyncio


async def partial_factorials(n):
    """Yield (k, k!) for k = 0..n, pausing between steps."""
    acc = 1
    yield 0, acc
    for k in range(1, n + 1):
        await asyncio.sleep(0.01)
        acc *= k
        yield k, acc


async def main():
    async for k, value in partial_factorials(8):
        print(f"{k:>2}! = {value:>6}")
    # an async comprehension collects just the values
    values = [v async for _, v in partial_factorials(5)]
    print(values)
    agen = partial_factorials(3)
    print(type(agen).__name__, agen.__name__)
    await agen.aclose()


asyncio.run(main())
