# asyncio.timeout around the gather: the whole batch is cut off and reported
import asyncio


async def factorial(n):
    f = 1
    for i in range(2, n + 1):
        await asyncio.sleep(0.3)
        f *= i
        print(f'{n}: {i}')
    return f


async def calculate_factorials(numbers):
    try:
        async with asyncio.timeout(0.8):
            print(await asyncio.gather(*[factorial(n) for n in numbers]))
    except TimeoutError:
        print('gave up after 0.8 s')


asyncio.run(calculate_factorials([2, 5]))
