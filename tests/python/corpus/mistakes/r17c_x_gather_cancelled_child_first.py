# A child cancelled from outside before another fails: gather raises CancelledError in main
import asyncio


async def factorial(n):
    f = 1
    for i in range(2, n + 1):
        await asyncio.sleep(0.1)
        f *= i
    if n == 5:
        raise OverflowError('five is too many')
    return f


async def main():
    tasks = [asyncio.create_task(factorial(n)) for n in (5, 9)]
    asyncio.get_running_loop().call_later(0.15, tasks[1].cancel)
    print(await asyncio.gather(*tasks))


asyncio.run(main())
