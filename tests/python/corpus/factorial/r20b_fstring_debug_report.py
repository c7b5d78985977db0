# Harness prints its findings with f-string '=' specifiers and sorts rows with itemgetter.
import asyncio
from operator import itemgetter

async def factorial(n):
    result = 1
    for i in range(1, n + 1):
        await asyncio.sleep(0.01)
        result *= i
    return result

async def main():
    nums = [7, 3, 10, 0, 5]
    rows = list(zip(nums, await asyncio.gather(*map(factorial, nums))))
    for n, result in sorted(rows, key=itemgetter(1), reverse=True):
        print(f'{n=} {result=:>9,} {result % 7 == 0=}')
    total = sum(map(itemgetter(1), rows))
    print(f'{total=}', f'{len(rows)=}', f'{total / len(rows)=:.2f}')
    print(f'{ rows[0] = }', f'{max(rows)!r:>12}')

asyncio.run(main())
