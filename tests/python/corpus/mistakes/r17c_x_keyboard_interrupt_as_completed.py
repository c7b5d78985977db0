# KeyboardInterrupt from one of the named tasks as_completed waits on: caught around asyncio.run
import asyncio


async def factorial(n):
    f = 1
    for i in range(2, n + 1):
        await asyncio.sleep(0.1)
        f *= i
    if n == 3:
        raise KeyboardInterrupt
    return n, f


async def main():
    tasks = [asyncio.create_task(factorial(n), name=f'fact-{n}') for n in (2, 3, 5)]
    for fut in asyncio.as_completed(tasks):
        print('finished:', await fut)


try:
    asyncio.run(main())
except KeyboardInterrupt:
    print('interrupted')
