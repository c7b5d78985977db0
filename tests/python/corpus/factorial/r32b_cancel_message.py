# Cancel a factorial with a message and read the message from CancelledError.
import asyncio


async def factorial(n):
    r = 1
    try:
        for i in range(1, n + 1):
            await asyncio.sleep(0.1)
            r *= i
    except asyncio.CancelledError as e:
        print("inside:", e.args)
        raise
    return r


async def main():
    t = asyncio.create_task(factorial(10))
    await asyncio.sleep(0.25)
    t.cancel("too slow for the demo")
    try:
        await t
    except asyncio.CancelledError as e:
        print("outside:", e.args, t.cancelled())
    t2 = asyncio.create_task(factorial(10))
    await asyncio.sleep(0.15)
    t2.cancel()
    await t2


asyncio.run(main())
