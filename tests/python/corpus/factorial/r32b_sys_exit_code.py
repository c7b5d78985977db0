# main() returns an exit code to sys.exit: 0 when all good, 2 when a negative number sneaks in.
import asyncio
import sys


async def factorial(n):
    if n < 0:
        print(f"error: {n} is negative", file=sys.stderr)
        return None
    r = 1
    for i in range(2, n + 1):
        await asyncio.sleep(0.01)
        r *= i
    return r


async def main(numbers):
    results = await asyncio.gather(*map(factorial, numbers))
    print(results)
    return 2 if None in results else 0


if __name__ == "__main__":
    code = asyncio.run(main([3, 4, -1, 5]))
    print("exiting with", code)
    sys.exit(code)
