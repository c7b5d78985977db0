# The outer shield cancelled while the inner task finishes later with a result: nothing is logged
import asyncio


async def factorial(n):
    f = 1
    for i in range(2, n + 1):
        await asyncio.sleep(0.1)
        f *= i
    print('inner finished:', f)
    return f


async def main():
    inner = asyncio.create_task(factorial(4))
    outer = asyncio.shield(inner)
    await asyncio.sleep(0.15)
    outer.cancel()
    try:
        await outer
    except asyncio.CancelledError:
        print('outer cancelled; inner done?', inner.done())
    print('inner result:', await inner)


asyncio.run(main())
