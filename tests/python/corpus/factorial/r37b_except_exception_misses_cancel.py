# "except Exception" around the factorial loop does not catch the cancellation (CancelledError is a BaseException).
import asyncio


async def factorial(n):
    r = 1
    try:
        for i in range(2, n + 1):
            await asyncio.sleep(0.2)
            r *= i
    except Exception as e:
        print("caught an Exception:", type(e).__name__)
        return -1
    finally:
        print(f"finally: r={r}")
    return r


async def main():
    t = asyncio.create_task(factorial(10))
    await asyncio.sleep(0.5)
    t.cancel()
    try:
        print(await t)
    except asyncio.CancelledError:
        print("main saw CancelledError; subclass of Exception?", issubclass(asyncio.CancelledError, Exception))


asyncio.run(main())
