# Task.cancel(msg), cancelling() and uncancel() in 3.11
import asyncio

async def victim():
    try:
        await asyncio.sleep(1)
    except asyncio.CancelledError as e:
        me = asyncio.current_task()
        print("caught:", e.args, "cancelling:", me.cancelling())
        print("uncancel ->", me.uncancel())
        return "survived"

async def main():
    t = asyncio.create_task(victim())
    await asyncio.sleep(0.01)
    print("cancel() ->", t.cancel("shutdown requested"))
    print("cancel() again ->", t.cancel("twice"))
    print(await t)
    print("cancelled?", t.cancelled(), "cancel on done ->", t.cancel())

asyncio.run(main())
