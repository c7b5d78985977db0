# checked my async factorials against math.gamma and math.lgamma
import asyncio
import math

async def factorial(n):
    result = 1
    for i in range(2, n + 1):
        await asyncio.sleep(0.01)
        result *= i
    return result

async def calculate_factorials(nums):
    results = await asyncio.gather(*[factorial(n) for n in nums])
    for n, r in zip(nums, results):
        g = math.gamma(n + 1)
        lg = math.lgamma(n + 1)
        print(f'{n}! = {r}, gamma = {g!r}, lgamma = {lg!r}, exp(lgamma) = {math.exp(lg)!r}')
    print('20! as float:', f'{math.gamma(21):e}', float(math.factorial(20)))
    print('log10 of 25!:', math.log10(math.factorial(25)))

asyncio.run(calculate_factorials([5, 7, 3, 6, 10]))
