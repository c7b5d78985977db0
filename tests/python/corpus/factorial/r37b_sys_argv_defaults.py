# Reads the numbers from the command line, falling back to the book's [5, 7, 3, 6] when none are given.
import asyncio
import sys


async def factorial(n):
    r = 1
    for i in range(2, n + 1):
        await asyncio.sleep(0.01)
        r *= i
    return r


async def calculate_factorials(numbers):
    for n, r in zip(numbers, await asyncio.gather(*map(factorial, numbers))):
        print(f"{n}! = {r}")


def main(argv):
    numbers = [int(a) for a in argv[1:]] or [5, 7, 3, 6]
    print("Main - Starting with", numbers, "from", len(argv), "argument(s)")
    asyncio.run(calculate_factorials(numbers))
    print("Main - Done")


if __name__ == "__main__":
    main(sys.argv)
