# Turning off the digit limit to print the length of 10000! and parsing a long digit string.
import asyncio
import math
import sys


async def factorial(n):
    r = 1
    for i in range(2, n + 1):
        r *= i
        if i % 2500 == 0:
            await asyncio.sleep(0)
    return r


async def main():
    f = await factorial(10000)
    print(f == math.factorial(10000))
    try:
        int("9" * 5000)
    except ValueError as e:
        print(e)
    sys.set_int_max_str_digits(0)
    s = str(f)
    print(len(s), s[:15], s.rstrip("0")[-10:], len(s) - len(s.rstrip("0")))
    print(int(s[:5000]) % 97)
    sys.set_int_max_str_digits(640)
    print(str(math.factorial(300))[:10])


asyncio.run(main())
