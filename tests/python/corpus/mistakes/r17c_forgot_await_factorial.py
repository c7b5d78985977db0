# The factorial coroutine called without await: a coroutine printed, then the RuntimeWarning
import asyncio


async def factorial(n):
    result = 1
    for i in range(2, n + 1):
        await asyncio.sleep(0.1)
        result *= i
    return result


async def main():
    value = factorial(5)
    print('5! is', value.__class__.__name__)
    print('done')


asyncio.run(main())
print('after run')
