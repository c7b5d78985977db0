# A table of n, n! and n!'s digits with f-string widths and alignment
import asyncio

async def factorial(n):
    f = 1
    for i in range(2, n + 1):
        await asyncio.sleep(0.01)
        f *= i
    return f

async def calculate_factorials(numbers):
    results = await asyncio.gather(*[factorial(n) for n in numbers])
    print(f'{"n":>3} | {"n!":>20} | {"digits":^8}')
    print('-' * 3 + '-+-' + '-' * 20 + '-+-' + '-' * 8)
    for n, f in zip(numbers, results):
        print(f'{n:>3} | {f:>20,} | {len(str(f)):^8}')

asyncio.run(calculate_factorials([0, 1, 5, 10, 15, 18]))
