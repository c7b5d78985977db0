# built the results dict with an await inside a dict comprehension - is it still concurrent?
import asyncio
import time

async def factorial(n):
    result = 1
    for i in range(2, n + 1):
        await asyncio.sleep(0.02)
        result *= i
    return result

async def calculate_factorials(nums):
    start = time.perf_counter()
    results = {n: await factorial(n) for n in nums}
    t1 = time.perf_counter() - start
    start = time.perf_counter()
    values = await asyncio.gather(*(factorial(n) for n in nums))
    t2 = time.perf_counter() - start
    print(results)
    print(dict(zip(nums, values)) == results)
    print('comprehension slower than gather?', t1 > t2 + 0.1)

asyncio.run(calculate_factorials([5, 7, 3, 6]))
