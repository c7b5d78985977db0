# Lazy typing: from asyncio import * so I can write gather() and sleep() without the prefix.
from asyncio import *


async def factorial(n):
    result = 1
    for i in range(2, n + 1):
        await sleep(0.01)
        result *= i
    return result


async def calculate_factorials(numbers):
    for n, r in zip(numbers, await gather(*[factorial(n) for n in numbers])):
        print(f"{n}! = {r}")
    t = create_task(factorial(4))
    print("task:", await wait_for(t, timeout=1), "| Queue is", Queue.__name__)


print('Main - Starting')
run(calculate_factorials([5, 7, 3, 6]))
print('Main - Done')
