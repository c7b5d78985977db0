# Reading numbers with the walrus operator until a blank line, then the factorials with as_completed.
import asyncio
import sys

async def factorial(n):
    r = 1
    for i in range(2, n + 1):
        await asyncio.sleep(0.01)
        r *= i
    return n, r

async def main(numbers):
    for coro in asyncio.as_completed([factorial(n) for n in numbers]):
        n, r = await coro
        print(f"{n}! = {r:,}")

numbers = []
while (line := sys.stdin.readline().strip()):
    if not line.lstrip("-").isdigit():
        print(f"skipping {line!r}", file=sys.stderr)
        continue
    numbers.append(int(line))
print("numbers:", numbers)
asyncio.run(main(numbers))
