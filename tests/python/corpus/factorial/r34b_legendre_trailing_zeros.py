# Count trailing zeros of n! two ways (Legendre's formula and the string) in concurrent tasks.
import asyncio
import math


def zeros_by_formula(n):
    count, p = 0, 5
    while p <= n:
        count += n // p
        p *= 5
    return count


async def check(n):
    await asyncio.sleep(0.01)
    s = str(math.factorial(n))
    by_string = len(s) - len(s.rstrip("0"))
    return n, zeros_by_formula(n), by_string


async def main():
    rows = await asyncio.gather(*[check(n) for n in (5, 10, 25, 100, 625, 1000)])
    print(f"{'n':>5} {'formula':>8} {'string':>7}")
    for n, a, b in rows:
        flag = "" if a == b else "  MISMATCH"
        print(f"{n:>5} {a:>8} {b:>7}{flag}")


asyncio.run(main())
