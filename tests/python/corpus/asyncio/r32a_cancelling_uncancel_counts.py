# Tester: cancelling() counts requests, uncancel() decrements them
import asyncio

async def stubborn():
    for i in range(3):
        try:
            await asyncio.sleep(1)
        except asyncio.CancelledError:
            me = asyncio.current_task()
            print("round", i, "cancelling =", me.cancelling())
            left = me.uncancel()
            print("after uncancel ->", left)
    return "survived"

async def main():
    t = asyncio.create_task(stubborn())
    for _ in range(3):
        await asyncio.sleep(0.01)
        t.cancel()
        t.cancel()
    print(await t)
    print("final cancelling:", t.cancelling())

asyncio.run(main())
