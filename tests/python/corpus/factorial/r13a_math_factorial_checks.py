import asyncio
import math

async def factorial(n):
    result = 1
    for i in range(1, n + 1):
        await asyncio.sleep(0.001)
        result *= i
    return result

async def main():
    for n in range(0, 21, 4):
        mine = await factorial(n)
        assert mine == math.factorial(n), n
        print(f'{n}: ok ({mine})')
    for bad in (-1, 5.0, '5'):
        try:
            math.factorial(bad)
        except (ValueError, TypeError) as e:
            print(f'math.factorial({bad!r}) -> {type(e).__name__}: {e}')

asyncio.run(main())
