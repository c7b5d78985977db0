import asyncio
import math

async def factorial(n):
    # wait once per multiplication, then let math.prod do the work
    for _ in range(n):
        await asyncio.sleep(0.01)
    return math.prod(range(1, n + 1))

async def calculate_factorials(numbers):
    results = await asyncio.gather(*(factorial(n) for n in numbers))
    print('Results:', results)
    print('Sum of all:', sum(results))
    print('Largest:', max(results))
    print('Check with math.factorial:', results == [math.factorial(n) for n in numbers])

asyncio.run(calculate_factorials([0, 1, 5, 7, 3, 6]))
