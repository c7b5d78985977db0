# A generator of factorials, consumed with async for by mistake (it isn't an async generator).
import asyncio


def factorials(limit):
    f = 1
    for n in range(limit + 1):
        if n:
            f *= n
        yield n, f


async def main():
    for n, f in factorials(4):
        print(f"{n}! = {f}")
        await asyncio.sleep(0.01)
    async for n, f in factorials(4):
        print(n, f)


asyncio.run(main())
