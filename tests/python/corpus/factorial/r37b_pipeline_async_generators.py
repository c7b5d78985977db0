# A pipeline of async generators: numbers -> factorials -> formatted lines, filtered along the way.
import asyncio


async def numbers(limit):
    for n in range(limit):
        await asyncio.sleep(0.005)
        yield n


async def factorials(source):
    f = 1
    async for n in source:
        f = f * n if n else 1
        yield n, f


async def formatted(source, min_digits):
    async for n, f in source:
        if len(str(f)) >= min_digits:
            yield f"{n:>2}! has {len(str(f)):>2} digits"


async def main():
    async for line in formatted(factorials(numbers(16)), 5):
        print(line)
    pipe = factorials(numbers(3))
    print([x async for x in pipe])
    print([x async for x in pipe])


asyncio.run(main())
