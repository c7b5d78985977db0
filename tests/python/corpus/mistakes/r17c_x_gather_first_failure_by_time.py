# Two factorials fail in gather; the one that fails first in time is raised, not the first listed
import asyncio


async def factorial(n, delay):
    await asyncio.sleep(delay)
    if n < 0:
        raise ValueError(f'negative: {n}')
    f = 1
    for i in range(2, n + 1):
        f *= i
    return f


async def main():
    try:
        await asyncio.gather(factorial(-1, 0.3), factorial(4, 0.1), factorial(-2, 0.2))
    except ValueError as e:
        print('caught', e)
    await asyncio.sleep(0.2)
    print('main ends')


asyncio.run(main())
