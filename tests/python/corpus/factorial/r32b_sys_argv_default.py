# Numbers from the command line, defaulting to the book's [5, 7, 3, 6] when none are given.
import asyncio
import sys


async def factorial(n):
    r = 1
    for i in range(2, n + 1):
        await asyncio.sleep(0.01)
        r *= i
    return r


async def calculate_factorials(numbers):
    return dict(zip(numbers, await asyncio.gather(*map(factorial, numbers))))


def main(argv=None):
    argv = sys.argv[1:] if argv is None else argv
    numbers = [int(a) for a in argv] or [5, 7, 3, 6]
    print("args:", len(sys.argv) - 1, "numbers:", numbers)
    for n, f in asyncio.run(calculate_factorials(numbers)).items():
        print(f"{n}! = {f:,}")
    print(sys.argv[0].endswith(".py"))


if __name__ == "__main__":
    main()
    main(["10", "x"])
