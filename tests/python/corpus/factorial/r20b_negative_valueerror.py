# Harness checks student raises ValueError for negatives and reports via traceback.format_exc.
import asyncio, traceback

async def factorial(n):
    if n < 0:
        raise ValueError(f'factorial() not defined for negative values: {n}')
    result = 1
    for i in range(2, n + 1):
        await asyncio.sleep(0.01)
        result *= i
    return result

async def main():
    for n in (4, -1, 0):
        try:
            r = await factorial(n)
            print(f'{n}! = {r}')
        except ValueError:
            tb = traceback.format_exc()
            last = tb.strip().splitlines()[-1]
            print('caught:', last)
            print('frames mention factorial:', 'in factorial' in tb)

asyncio.run(main())
