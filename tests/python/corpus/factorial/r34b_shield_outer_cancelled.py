# Shield a factorial from a wait_for timeout: the outer wait gives up but the inner task finishes.
import asyncio


async def factorial(n):
    r = 1
    for i in range(2, n + 1):
        await asyncio.sleep(0.1)
        r *= i
    print(f"  (inner finished {n}! = {r})")
    return r


async def main():
    inner = asyncio.create_task(factorial(5))
    try:
        await asyncio.wait_for(asyncio.shield(inner), timeout=0.15)
    except TimeoutError:
        print("wait_for gave up; inner cancelled?", inner.cancelled(), "done?", inner.done())
    print("awaiting inner directly:", await inner)
    second = asyncio.create_task(factorial(4))
    outer = asyncio.shield(second)
    outer.cancel()
    try:
        await outer
    except asyncio.CancelledError:
        print("outer cancelled; second cancelled?", second.cancelled())
    print(await second)


asyncio.run(main())
