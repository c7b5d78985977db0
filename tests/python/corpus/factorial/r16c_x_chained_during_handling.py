# An error while handling another inside the coroutine: both tracebacks printed
import asyncio

async def factorial(n):
    try:
        if n < 0:
            raise ValueError('negative')
        return 1 if n < 2 else n * await factorial(n - 1)
    except ValueError:
        log[n] = 'failed'

async def main():
    await asyncio.sleep(0.1)
    print(await factorial(4))
    print(await factorial(-1))

asyncio.run(main())
