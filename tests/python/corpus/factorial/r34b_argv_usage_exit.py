# Command-line style: expects numbers in sys.argv, prints usage and exits with status 2 when none.
import asyncio
import sys


async def factorial(n):
    r = 1
    for i in range(2, n + 1):
        await asyncio.sleep(0.01)
        r *= i
    return r


def parse_args(argv):
    if len(argv) < 2:
        print(f"usage: {argv[0]} N [N ...]", file=sys.stderr)
        print(f"  got {len(argv) - 1} arguments: {argv[1:]}", file=sys.stderr)
        sys.exit(2)
    return [int(a) for a in argv[1:]]


async def main():
    numbers = parse_args(sys.argv)
    print(await asyncio.gather(*map(factorial, numbers)))


print("program name:", sys.argv[0], "| args:", len(sys.argv))
asyncio.run(main())
