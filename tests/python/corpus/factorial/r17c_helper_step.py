# A helper coroutine does one multiplication step and sleeps
import asyncio


async def multiply(a, b):
    await asyncio.sleep(0.1)
    return a * b


async def factorial(n):
    result = 1
    for i in range(2, n + 1):
        result = await multiply(result, i)
    return result


async def calculate_factorials(numbers):
    coros = [factorial(n) for n in numbers]
    out = await asyncio.gather(*coros)
    print(*[f'{n}!={v}' for n, v in zip(numbers, out)], sep=', ')


print('Main - Starting')
asyncio.run(calculate_factorials([5, 7, 3, 6]))
print('Main - Done')
