# Printing how many digits 1500! and 2000! have; the second one hits Python's int-to-str limit.
import asyncio
import math


async def digits(n):
    await asyncio.sleep(0.01)
    value = math.factorial(n)
    print(f"{n}! has about {math.floor(math.log10(value)) + 1} digits (log10)")
    return len(str(value))


async def main():
    for n in (1500, 2000):
        print(f"{n}! has {await digits(n)} digits (str)")


asyncio.run(main())
