# Cancelling an inner gather inside an outer gather with return_exceptions
import asyncio

async def leaf(n):
    await asyncio.sleep(0.01 * n)
    return n

async def main():
    inner = asyncio.gather(leaf(1), leaf(20))
    outer = asyncio.gather(inner, leaf(2), return_exceptions=True)
    await asyncio.sleep(0.05)
    inner.cancel()
    print(await outer)
    print(inner.cancelled(), outer.cancelled())

asyncio.run(main())
