# Big factorials printed in full, with how many digits each one has
import asyncio


async def factorial(n):
    f = 1
    for i in range(2, n + 1):
        f *= i
        if i % 20 == 0:
            await asyncio.sleep(0.1)
    return f


async def calculate_factorials(numbers):
    results = await asyncio.gather(*[factorial(n) for n in numbers])
    for n, f in zip(numbers, results):
        print(f'{n}! has {len(str(f))} digits')
        print(f)


asyncio.run(calculate_factorials([30, 52, 100]))
