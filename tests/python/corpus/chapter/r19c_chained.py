# Real Python: chained.py (part1 -> part2), sleeps scaled down and seeded
import asyncio
import random
import time

async def part1(n: int) -> str:
    i = [3, 1, 2][n - 1]
    print(f"part1({n}) sleeping for {i} tenths.")
    await asyncio.sleep(i / 10)
    result = f"result{n}-1"
    print(f"Returning part1({n}) == {result}.")
    return result

async def part2(n: int, arg: str) -> str:
    i = random.randint(0, 3)
    print(f"part2{n, arg} computed {i}.")
    await asyncio.sleep(0)
    result = f"result{n}-2 derived from {arg}"
    print(f"Returning part2{n, arg} == {result}.")
    return result

async def chain(n: int) -> None:
    start = time.perf_counter()
    p1 = await part1(n)
    p2 = await part2(n, p1)
    end = time.perf_counter() - start
    print(f"-->Chained result{n} => {p2} (took under 0.5 s: {end < 0.5}).")

async def main(*args):
    await asyncio.gather(*(chain(n) for n in args))

if __name__ == "__main__":
    import sys
    random.seed(444)
    args = [1, 2, 3] if len(sys.argv) == 1 else map(int, sys.argv[1:])
    start = time.perf_counter()
    asyncio.run(main(*args))
    end = time.perf_counter() - start
    print(f"Program finished in under 0.6 seconds: {end < 0.6}")
