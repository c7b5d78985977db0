# Big factorials printed with thousands separators and digit counts
import asyncio

async def factorial(n):
    f = 1
    for i in range(2, n + 1):
        f *= i
        if i % 10 == 0:
            await asyncio.sleep(0.1)
    return f

async def calculate_factorials(numbers):
    results = await asyncio.gather(*[factorial(n) for n in numbers])
    for n, f in zip(numbers, results):
        print(f'{n}! = {f:,}')
        print(f'   ({len(str(f))} digits, ends with {len(str(f)) - len(str(f).rstrip("0"))} zeros)')

asyncio.run(calculate_factorials([10, 20, 25, 30]))
