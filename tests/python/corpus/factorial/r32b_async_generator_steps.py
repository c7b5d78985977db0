# An async generator yields every partial product; async for prints the progress of 6!.
import asyncio


async def factorial_steps(n):
    acc = 1
    for i in range(1, n + 1):
        await asyncio.sleep(0.02)
        acc *= i
        yield i, acc


async def main():
    async for i, partial in factorial_steps(6):
        print(f"after {i}: {partial}")
    last = [p async for _, p in factorial_steps(4)]
    print("list of partials:", last)
    gen = factorial_steps(3)
    print(await gen.__anext__(), await anext(gen), await anext(gen))
    print(await anext(gen, "exhausted"))


asyncio.run(main())
