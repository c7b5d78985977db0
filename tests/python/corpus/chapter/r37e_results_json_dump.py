# dumped the factorial results as JSON to paste into my notes
import asyncio
import json

async def factorial(n):
    f = 1
    for i in range(2, n + 1):
        await asyncio.sleep(0.005)
        f *= i
    return f

async def calculate_factorials(nums):
    values = await asyncio.gather(*map(factorial, nums))
    data = {'inputs': nums, 'results': dict(zip(map(str, nums), values)), 'ok': True}
    print(json.dumps(data))
    print(json.dumps(data, indent=2, sort_keys=True))

asyncio.run(calculate_factorials([5, 7, 3, 6]))
