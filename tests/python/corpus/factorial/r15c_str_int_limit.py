# a really big factorial: printing it hits 3.11's int-to-str digit limit
import asyncio
import math
import sys

async def factorial(n):
    await asyncio.sleep(0.01)
    return math.factorial(n)

async def main():
    big = await factorial(2000)
    print("bits:", big.bit_length())
    try:
        print(len(str(big)))
    except ValueError as e:
        print("ValueError:", e)
    sys.set_int_max_str_digits(10000)
    print(len(str(big)), str(big)[:20])

asyncio.run(main())
