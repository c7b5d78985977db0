import asyncio
import random

async def part1(n, rng):
    i = rng.randint(0, 10)
    print(f"part1({n}) sleeping for {i} ticks.")
    await asyncio.sleep(i / 1000)
    result = f"result{n}-1"
    print(f"Returning part1({n}) == {result}.")
    return result

async def part2(n, arg, rng):
    i = rng.randint(0, 10)
    print(f"part2{n, arg} sleeping for {i} ticks.")
    await asyncio.sleep(i / 1000)
    result = f"result{n}-2 derived from {arg}"
    print(f"Returning part2{n, arg} == {result}.")
    return result

async def chain(n, rng):
    p1 = await part1(n, rng)
    p2 = await part2(n, p1, rng)
    print(f"-->Chained result{n} => {p2}.")

async def main():
    rng = random.Random(444)
    for n in (9, 6, 3):
        await chain(n, rng)

asyncio.run(main())
