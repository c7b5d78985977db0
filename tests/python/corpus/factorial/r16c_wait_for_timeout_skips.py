# wait_for with a 0.7 s limit: short factorials finish, long ones time out
import asyncio

async def factorial(n):
    f = 1
    for i in range(2, n + 1):
        await asyncio.sleep(0.2)
        f *= i
    return f

async def safe_factorial(n):
    try:
        return await asyncio.wait_for(factorial(n), timeout=0.7)
    except asyncio.TimeoutError:
        return None

async def calculate_factorials(numbers):
    results = await asyncio.gather(*map(safe_factorial, numbers))
    for n, r in zip(numbers, results):
        print(n, 'timed out' if r is None else r)

asyncio.run(calculate_factorials([3, 7, 2, 6]))
