# Cancel the gather itself after a short while: every child factorial is cancelled too.
import asyncio

progress = {}


async def factorial(n):
    f = 1
    for i in range(1, n + 1):
        await asyncio.sleep(0.2)
        f *= i
        progress[n] = i
    return f


async def main():
    g = asyncio.gather(factorial(4), factorial(8), factorial(12))
    await asyncio.sleep(0.5)
    print("cancel returns", g.cancel())
    try:
        await g
    except asyncio.CancelledError:
        print("gather was cancelled")
    print("progress:", progress)
    print("g.cancelled():", g.cancelled())


asyncio.run(main())
