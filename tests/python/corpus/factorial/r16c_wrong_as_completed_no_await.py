# A plausible mistake: printing as_completed's items without awaiting them
import asyncio

async def factorial(n):
    f = 1
    for i in range(2, n + 1):
        await asyncio.sleep(0.1)
        f *= i
    return f

async def calculate_factorials(numbers):
    count = 0
    for fut in asyncio.as_completed([factorial(n) for n in numbers]):
        count += 1
        print('got', type(fut).__name__, asyncio.iscoroutine(fut))
    print(count, 'items')

asyncio.run(calculate_factorials([3, 4]))
