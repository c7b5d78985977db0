# int() of strings the way users type numbers: underscores, spaces, signs, bases, big strings.
import asyncio
import math


async def factorial(n):
    await asyncio.sleep(0.001)
    return math.factorial(n)


async def main():
    texts = ["1_0", " +7 ", "0b101", "0o7", "0x_a", "1__0", "٣", "4.0", "", "-0", "12e0", "0010"]
    for t in texts:
        for base in (10, 0):
            try:
                n = int(t, base)
                print(f"{t!r:>8} base {base:>2}: {n}! = {await factorial(n) if n >= 0 else '-'}")
            except ValueError as e:
                print(f"{t!r:>8} base {base:>2}: {e}")


asyncio.run(main())
