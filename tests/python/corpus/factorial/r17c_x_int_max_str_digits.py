# 2000! has more digits than str() allows by default; the limit raised, it prints in full
import asyncio
import math
import sys


async def factorial(n):
    f = 1
    for i in range(2, n + 1):
        f *= i
        if i % 500 == 0:
            await asyncio.sleep(0.1)
    return f


async def main():
    f = await factorial(2000)
    print(f == math.factorial(2000), f.bit_length())
    try:
        print(len(str(f)))
    except ValueError as e:
        print('ValueError:', e)
    sys.set_int_max_str_digits(0)
    s = str(f)
    print(len(s), s[:30], s.rstrip('0')[-12:], len(s) - len(s.rstrip('0')))


asyncio.run(main())
