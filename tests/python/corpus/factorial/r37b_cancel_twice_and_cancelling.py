# Cancelling the same factorial task twice and looking at cancelling() and the return values of cancel().
import asyncio


async def factorial(n):
    r = 1
    for i in range(2, n + 1):
        await asyncio.sleep(0.2)
        r *= i
    return r


async def main():
    t = asyncio.create_task(factorial(9))
    await asyncio.sleep(0.1)
    print(t.cancel(), t.cancel("again"), t.cancelling())
    try:
        await t
    except asyncio.CancelledError as e:
        print("args:", e.args)
    print(t.cancel(), t.cancelled(), t.cancelling())
    done = asyncio.create_task(factorial(3))
    await done
    print("cancel a finished task:", done.cancel())


asyncio.run(main())
