# A plain generator of partial products drives the async loop's sleeps
import asyncio

def partial_products(n):
    p = 1
    for i in range(1, n + 1):
        p *= i
        yield p

async def factorial(n):
    last = 1
    for last in partial_products(n):
        await asyncio.sleep(0.1)
    return last

async def calculate_factorials(numbers):
    print(list(partial_products(6)))
    print(await asyncio.gather(*map(factorial, numbers)))

asyncio.run(calculate_factorials([5, 7, 3, 6, 0]))
