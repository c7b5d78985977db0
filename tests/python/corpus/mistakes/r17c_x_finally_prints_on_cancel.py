# Tasks cancelled at the end of asyncio.run still run their finally blocks
import asyncio


async def factorial(n):
    f = 1
    try:
        for i in range(2, n + 1):
            await asyncio.sleep(0.1)
            f *= i
        return f
    finally:
        print(f'finally {n}: got to {f}')


async def main():
    asyncio.create_task(factorial(10))
    print(await factorial(3))
    print('main returns without waiting for 10!')


asyncio.run(main())
