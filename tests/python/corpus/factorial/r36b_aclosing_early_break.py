# Stop an async generator of factorials early; contextlib.aclosing runs its finally right away.
import asyncio
import contextlib


async def factorials(limit):
    f = 1
    try:
        for n in range(1, limit + 1):
            f *= n
            await asyncio.sleep(0.01)
            yield n, f
    finally:
        print(f"  generator finished at n={n}")


async def main():
    async with contextlib.aclosing(factorials(20)) as gen:
        async for n, f in gen:
            if f > 1000:
                print("first factorial over 1000:", n, f)
                break
    print("after aclosing")
    async for n, f in factorials(20):
        if n == 3:
            break
    print("after plain break")
    await asyncio.sleep(0.05)
    print("main ends")


asyncio.run(main())
