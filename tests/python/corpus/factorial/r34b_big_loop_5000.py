# How big is 5000!? Multiply it out in a loop (yielding now and then) and look at the digits.
import asyncio
import math
import sys


async def factorial(n):
    result = 1
    for i in range(2, n + 1):
        result *= i
        if i % 1000 == 0:
            print(f"  reached {i}!: {result.bit_length()} bits")
            await asyncio.sleep(0.01)
    return result


async def main():
    value = await factorial(5000)
    print("matches math.factorial:", value == math.factorial(5000))
    sys.set_int_max_str_digits(0)
    text = str(value)
    print("digits:", len(text), "first 20:", text[:20])
    stripped = text.rstrip("0")
    print("trailing zeros:", len(text) - len(stripped), "last nonzero digits:", stripped[-8:])
    print("digit sum:", sum(map(int, text)), "mod 1e9+7:", value % (10**9 + 7))


asyncio.run(main())
