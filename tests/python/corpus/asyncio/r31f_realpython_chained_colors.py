# Real Python's chained coroutines with ANSI colors (seeded, shorter sleeps)
import asyncio
import random

random.seed(444)
c = ("\033[0m", "\033[36m", "\033[91m", "\033[35m")

async def part1(n):
    i = random.randint(0, 10)
    print(c[n + 1] + f"part1({n}) sleeping for {i} ticks." + c[0])
    await asyncio.sleep(i / 50)
    result = f"result{n}-1"
    print(c[n + 1] + f"Returning part1({n}) == {result}." + c[0])
    return result

async def part2(n, arg):
    i = random.randint(0, 10)
    print(c[n + 1] + f"part2{n, arg} sleeping for {i} ticks." + c[0])
    await asyncio.sleep(i / 50)
    result = f"result{n}-2 derived from {arg}"
    print(c[n + 1] + f"Returning part2{n, arg} == {result}." + c[0])
    return result

async def chain(n):
    p1 = await part1(n)
    p2 = await part2(n, p1)
    print(c[n + 1] + f"-->Chained result{n} => {p2}" + c[0])

async def main(*args):
    await asyncio.gather(*(chain(n) for n in args))

asyncio.run(main(0, 1, 2))
