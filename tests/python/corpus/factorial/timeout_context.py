# Factorial exercise: asyncio.timeout() around the whole batch, a slow one cut short.
import asyncio

async def factorial(n, delay=0.05):
    result = 1
    for i in range(1, n + 1):
        await asyncio.sleep(delay)
        result *= i
    return result

async def main():
    async with asyncio.timeout(1):
        print(await asyncio.gather(factorial(3), factorial(4)))
    try:
        async with asyncio.timeout(0.12):
            await factorial(10)
    except TimeoutError:
        print('factorial(10) timed out')
    print('done')

asyncio.run(main())
