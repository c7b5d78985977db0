# A plain recursive factorial called from the coroutine.
import asyncio

def fact(n):
    return 1 if n == 0 else n * fact(n - 1)

async def factorial(n):
    await asyncio.sleep(0.1)
    return fact(n)

async def calculate_factorials(numbers):
    results = await asyncio.gather(*[factorial(n) for n in numbers])
    print(results)
    print(fact(30))

asyncio.run(calculate_factorials([5, 7, 3, 6]))
