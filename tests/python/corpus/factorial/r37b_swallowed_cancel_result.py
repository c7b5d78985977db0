# A factorial that catches CancelledError and returns its partial product instead: the task isn't cancelled.
import asyncio


async def factorial(n):
    r = 1
    try:
        for i in range(2, n + 1):
            await asyncio.sleep(0.2)
            r *= i
    except asyncio.CancelledError:
        print("ignoring the cancel, returning what I have")
        return r
    return r


async def main():
    t = asyncio.create_task(factorial(12))
    await asyncio.sleep(0.5)
    print("cancel() said:", t.cancel())
    result = await t
    print("result:", result, "cancelled():", t.cancelled(), "cancelling():", t.cancelling())


asyncio.run(main())
