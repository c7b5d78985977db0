# Cancel a factorial task twice, look at cancelling(), and catch it in the task to return a partial value.
import asyncio


async def factorial(n):
    r = 1
    try:
        for i in range(2, n + 1):
            await asyncio.sleep(0.2)
            r *= i
    except asyncio.CancelledError as e:
        me = asyncio.current_task()
        print("caught cancel:", e.args, "cancelling() =", me.cancelling())
        return -r
    return r


async def main():
    t = asyncio.create_task(factorial(4))
    await asyncio.sleep(0.3)
    print(t.cancel("first"), t.cancel("second"), t.cancelling())
    result = await t
    print("partial result:", result, "cancelled():", t.cancelled())
    print("cancel after done:", t.cancel())


asyncio.run(main())
