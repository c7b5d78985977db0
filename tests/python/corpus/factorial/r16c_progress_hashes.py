# Progress printed as # marks per step while factorials run concurrently
import asyncio

async def factorial(n):
    f = 1
    for i in range(1, n + 1):
        await asyncio.sleep(0.1)
        f *= i
        print(f'[{n}] ' + '#' * i + '.' * (n - i))
    return f

async def calculate_factorials(numbers):
    results = await asyncio.gather(*[factorial(n) for n in numbers])
    print('results:', results)

asyncio.run(calculate_factorials([3, 5]))
