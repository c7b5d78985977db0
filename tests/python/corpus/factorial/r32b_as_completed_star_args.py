# as_completed called with the coroutines unpacked like gather: TypeError about the timeout.
import asyncio


async def factorial(n):
    r = 1
    for i in range(2, n + 1):
        await asyncio.sleep(0.01)
        r *= i
    return r


async def main():
    coros = [factorial(n) for n in (3, 4)]
    for fut in asyncio.as_completed(*coros):
        print(await fut)


asyncio.run(main())
