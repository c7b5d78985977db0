# cancel(), cancelling() and uncancel() on a factorial task
import asyncio

async def factorial(n):
    f = 1
    i = 2
    while i <= n:
        try:
            await asyncio.sleep(0.1)
        except asyncio.CancelledError:
            task = asyncio.current_task()
            print("cancelled at", i, "cancelling:", task.cancelling())
            print("uncancel ->", task.uncancel())
            continue
        f *= i
        i += 1
    return f

async def main():
    t = asyncio.create_task(factorial(4))
    await asyncio.sleep(0.15)
    t.cancel()
    print(await t, t.cancelled())

asyncio.run(main())
