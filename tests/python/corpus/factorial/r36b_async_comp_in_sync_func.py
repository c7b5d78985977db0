# A sync helper builds the list with an async comprehension over an async generator.
import asyncio


async def factorial_stream(limit):
    f = 1
    for n in range(1, limit + 1):
        f *= n
        await asyncio.sleep(0.01)
        yield f


def collect(limit):
    return [f async for f in factorial_stream(limit)]


async def main():
    print(collect(5))


asyncio.run(main())
