# cancelling() counts requests; uncancel() takes them back one at a time
import asyncio

async def stubborn():
    me = asyncio.current_task()
    for i in range(3):
        try:
            await asyncio.sleep(0.05)
        except asyncio.CancelledError:
            print("caught cancel, cancelling() =", me.cancelling())
            print("uncancel ->", me.uncancel())
    return "survived"

async def main():
    t = asyncio.create_task(stubborn())
    await asyncio.sleep(0.01)
    t.cancel()
    t.cancel()
    print("after two cancels:", t.cancelling())
    await asyncio.sleep(0.01)
    t.cancel()
    print(await t)
    print("final cancelling:", t.cancelling())

asyncio.run(main())
