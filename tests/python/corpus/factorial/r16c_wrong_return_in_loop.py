# A plausible mistake: return indented inside the loop returns after the first step
import asyncio

async def factorial(n):
    result = 1
    for i in range(1, n + 1):
        result *= i
        await asyncio.sleep(0.1)
        return result

async def calculate_factorials(numbers):
    results = await asyncio.gather(*[factorial(n) for n in numbers])
    print(results)
    print('all ones?', all(r == 1 for r in results))

asyncio.run(calculate_factorials([5, 7, 3, 6]))
