# A command-line version with argparse; I test it by passing argument lists directly.
import argparse
import asyncio


async def factorial(n):
    f = 1
    for i in range(2, n + 1):
        await asyncio.sleep(0.005)
        f *= i
    return f


def parse(argv):
    parser = argparse.ArgumentParser(description="Concurrent factorials")
    parser.add_argument("numbers", nargs="+", type=int, help="the numbers")
    parser.add_argument("--delay", type=float, default=0.1)
    return parser.parse_args(argv)


async def run(args):
    return await asyncio.gather(*map(factorial, args.numbers))


args = parse(["5", "7", "3", "--delay", "0.01"])
print(args)
print(asyncio.run(run(args)))
parse(["5", "seven"])
print("not reached")
