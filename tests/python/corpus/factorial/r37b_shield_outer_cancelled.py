# Cancelling the caller that awaits a shielded factorial: the caller stops, the factorial keeps going.
import asyncio


async def factorial(n):
    r = 1
    for i in range(2, n + 1):
        await asyncio.sleep(0.1)
        r *= i
    print(f"factorial({n}) completed = {r}")
    return r


async def caller(inner):
    try:
        return await asyncio.shield(inner)
    except asyncio.CancelledError:
        print("caller cancelled, inner done?", inner.done())
        raise


async def main():
    inner = asyncio.create_task(factorial(4))
    c = asyncio.create_task(caller(inner))
    await asyncio.sleep(0.15)
    c.cancel()
    await asyncio.gather(c, return_exceptions=True)
    print("inner result:", await inner, "caller cancelled:", c.cancelled())


asyncio.run(main())
