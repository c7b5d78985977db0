# Mistake: a gather nobody awaits, one of whose coroutines fails: logged when it goes.
import asyncio

async def factorial(n):
    await asyncio.sleep(0.01 * n)
    if n < 0:
        raise ValueError(f'negative: {n}')
    return n

async def main():
    asyncio.gather(factorial(-1), factorial(2))
    print('gather started')
    await asyncio.sleep(0.1)
    print('main done')

asyncio.run(main())
print('end')
