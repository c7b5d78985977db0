# A factorial task that catches its cancellation and returns its partial product instead.
import asyncio


async def factorial(n):
    acc, i = 1, 0
    try:
        for i in range(1, n + 1):
            acc *= i
            await asyncio.sleep(0.25)
    except asyncio.CancelledError:
        print(f"cancelled at step {i} of {n}")
        return ("partial", i, acc)
    return ("full", n, acc)


async def main():
    t = asyncio.create_task(factorial(10))
    await asyncio.sleep(0.62)
    t.cancel()
    result = await t
    print(result, "cancelled()?", t.cancelled())


asyncio.run(main())
