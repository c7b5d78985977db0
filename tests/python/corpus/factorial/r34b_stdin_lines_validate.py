# Read one number per line from standard input, skip bad lines, compute factorials concurrently.
import asyncio
import sys


async def factorial(n):
    total = 1
    for k in range(2, n + 1):
        total *= k
    await asyncio.sleep(0.01)
    return total


def parse(lines):
    for lineno, line in enumerate(lines, 1):
        text = line.strip()
        if not text or text.startswith("#"):
            continue
        try:
            n = int(text)
        except ValueError as e:
            print(f"line {lineno}: {e}", file=sys.stderr)
            continue
        if n < 0:
            print(f"line {lineno}: negative {n} skipped", file=sys.stderr)
            continue
        yield n


async def main():
    numbers = list(parse(sys.stdin))
    for n, f in zip(numbers, await asyncio.gather(*map(factorial, numbers))):
        print(f"{n}! = {f}")


asyncio.run(main())
