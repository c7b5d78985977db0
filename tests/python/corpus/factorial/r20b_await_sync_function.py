# Student awaits a plain (non-async) factorial; harness reports the TypeError text.
import asyncio, math, traceback

def factorial(n):
    return math.factorial(n)

async def calculate_factorials(numbers):
    results = []
    for n in numbers:
        results.append(await factorial(n))
    return results

async def calc2(numbers):
    return await asyncio.gather(*[factorial(n) for n in numbers])

for fn in (calculate_factorials, calc2):
    try:
        print(asyncio.run(fn([5, 3])))
    except TypeError as e:
        print(f'{fn.__name__}: TypeError: {e}')
        print('  last frame:', traceback.extract_tb(e.__traceback__)[-1].name)
