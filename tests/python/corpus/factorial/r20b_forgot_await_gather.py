# Student returns gather result without awaiting; harness catches wrong type.
import asyncio

async def factorial(n):
    r = 1
    for i in range(2, n + 1):
        await asyncio.sleep(0.01)
        r *= i
    return r

async def calculate_factorials(numbers):
    results = asyncio.gather(*[factorial(n) for n in numbers])
    return results

async def harness():
    got = await calculate_factorials([3, 4])
    print('type of result:', type(got).__name__)
    if not isinstance(got, list):
        print('expected a list; awaiting the returned object')
        got = await got
    print('values:', got)
    assert got == [6, 24], got

asyncio.run(harness())
print('done')
