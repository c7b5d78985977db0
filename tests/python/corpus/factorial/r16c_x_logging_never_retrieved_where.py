# A failing factorial task never awaited, reported through logging with its record's location
import asyncio
import logging

logging.basicConfig(format='[%(levelname)s] %(filename)s:%(lineno)d in %(funcName)s -- %(message)s')

async def factorial(n):
    if n < 0:
        raise ValueError(f'negative input {n}')
    f = 1
    for i in range(2, n + 1):
        await asyncio.sleep(0.05)
        f *= i
    return f

async def main():
    good = asyncio.create_task(factorial(5))
    asyncio.create_task(factorial(-3))
    print('5! =', await good)
    logging.error('main is done')

asyncio.run(main())
