# gather's results indexed, but the learner indexes the coroutine of calculate instead
import asyncio

async def factorial(n):
    f = 1
    for i in range(2, n + 1):
        await asyncio.sleep(0.05)
        f *= i
    return f

async def calculate(numbers):
    return await asyncio.gather(*map(factorial, numbers))

async def main():
    results = calculate([3, 4])
    print('first:', results[0])

asyncio.run(main())
