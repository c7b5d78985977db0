# main() returns an exit code: 0 if all factorials were valid, 2 otherwise.
import asyncio
import sys


async def factorial(n):
    if n < 0:
        raise ValueError(n)
    f = 1
    for i in range(2, n + 1):
        await asyncio.sleep(0.005)
        f *= i
    return f


async def main(numbers):
    results = await asyncio.gather(*map(factorial, numbers), return_exceptions=True)
    bad = [n for n, r in zip(numbers, results) if isinstance(r, Exception)]
    for n, r in zip(numbers, results):
        print(n, "->", r if not isinstance(r, Exception) else f"error {r!r}")
    if bad:
        print("invalid:", bad, file=sys.stderr)
        return 2
    return 0


if __name__ == "__main__":
    sys.exit(asyncio.run(main([4, -1, 6, -3])))
