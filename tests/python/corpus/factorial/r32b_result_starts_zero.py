# Bug: the accumulator starts at 0 so everything is 0; the student adds an assert to catch it.
import asyncio
import math


async def factorial(n):
    result = 0
    for i in range(1, n + 1):
        await asyncio.sleep(0.01)
        result *= i
    return result


async def main():
    for n in [0, 3, 5]:
        got = await factorial(n)
        print(f"{n}! -> {got}")
        assert got == math.factorial(n), f"expected {math.factorial(n)} for {n}, got {got}"


asyncio.run(main())
