# Errors go to stderr and results to stdout, interleaved as the factorials finish.
import asyncio
import sys


async def factorial(n):
    await asyncio.sleep(0.1 * abs(n))
    if n < 0:
        print(f"error: factorial({n}) undefined", file=sys.stderr)
        return None
    r = 1
    for i in range(2, n + 1):
        r *= i
    print(f"{n}! = {r}")
    return r


async def main():
    results = await asyncio.gather(*(factorial(n) for n in [3, -1, 5, -4, 2]))
    sys.stdout.write(f"{results}\n")
    n = sys.stderr.write("done with errors\n")
    print("wrote", n, "characters to stderr")


asyncio.run(main())
