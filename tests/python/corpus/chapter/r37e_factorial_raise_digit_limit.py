# after the digit-limit error I raised the limit with sys.set_int_max_str_digits
import asyncio
import sys

async def factorial(n):
    result = 1
    for i in range(2, n + 1):
        result *= i
    await asyncio.sleep(0.01)
    return result

async def main():
    print('limit:', sys.get_int_max_str_digits(), sys.int_info.default_max_str_digits)
    f = await factorial(1800)
    try:
        print(len(f'{f:,}'))
    except ValueError as e:
        print('ValueError:', e)
    sys.set_int_max_str_digits(0)
    s = str(f)
    print(len(s), s[:12], s.rstrip('0')[-5:], len(s) - len(s.rstrip('0')))
    sys.set_int_max_str_digits(5000)
    print(int('7' * 4999) % 97)
    print(int('7' * 5001))

asyncio.run(main())
