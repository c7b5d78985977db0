import asyncio
import sys

async def factorial(n):
    result = 1
    for i in range(2, n + 1):
        result *= i
        if i % 500 == 0:
            await asyncio.sleep(0.01)
    return result

async def main():
    big = await factorial(2000)
    try:
        text = str(big)
    except ValueError as err:
        print('first try failed:', err)
        sys.set_int_max_str_digits(0)
        text = str(big)
    print('digits:', len(text))
    print('starts', text[:15], 'ends', text[-10:])

asyncio.run(main())
