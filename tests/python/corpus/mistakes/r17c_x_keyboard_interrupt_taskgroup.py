# KeyboardInterrupt in a TaskGroup's task: not wrapped in an ExceptionGroup, the siblings cancelled
import asyncio


async def factorial(n):
    try:
        f = 1
        for i in range(2, n + 1):
            await asyncio.sleep(0.1)
            f *= i
            if f == 6:
                raise KeyboardInterrupt
        return f
    except asyncio.CancelledError:
        print(n, 'cancelled')
        raise


async def main():
    async with asyncio.TaskGroup() as tg:
        for n in (5, 3, 6):
            tg.create_task(factorial(n))


try:
    asyncio.run(main())
except KeyboardInterrupt:
    print('KeyboardInterrupt reached the top')
