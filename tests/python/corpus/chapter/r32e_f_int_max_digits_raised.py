# after the digit limit error I raised the limit with sys.set_int_max_str_digits
import asyncio
import math
import sys

async def factorial(n):
    await asyncio.sleep(0.01)
    return math.factorial(n)

async def main():
    big = await factorial(1600)
    try:
        print(f'{big:,}'[:20])
    except ValueError as e:
        print('ValueError:', e)
    print('limit was', sys.get_int_max_str_digits())
    sys.set_int_max_str_digits(10000)
    s = str(big)
    print(len(s), s[:12], s[-5:], sum(map(int, s)))

asyncio.run(main())
