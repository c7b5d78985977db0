# One coroutine in as_completed fails: the loop stops there, the one still sleeping is cancelled quietly
import asyncio


async def divide(a, b, delay):
    await asyncio.sleep(delay)
    return a / b


async def main():
    coros = [divide(10, 2, 0.1), divide(1, 0, 0.2), divide(9, 3, 0.3)]
    for fut in asyncio.as_completed(coros):
        print(await fut)


asyncio.run(main())
