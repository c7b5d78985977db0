# docs: Task.cancelling() and Task.uncancel()
import asyncio

async def stubborn():
    me = asyncio.current_task()
    for i in range(3):
        try:
            await asyncio.sleep(1)
        except asyncio.CancelledError as e:
            print(f"round {i}: cancelled, cancelling()={me.cancelling()}, args={e.args}")
            left = me.uncancel()
            print("uncancel() ->", left)
    return "survived"

async def main():
    t = asyncio.create_task(stubborn())
    for msg in ("first", "second", "third"):
        await asyncio.sleep(0.1)
        t.cancel(msg)
        print("cancelling after cancel():", t.cancelling())
    print(await t, t.cancelled())
    t2 = asyncio.create_task(asyncio.sleep(1))
    await asyncio.sleep(0)
    t2.cancel(); t2.cancel()
    print("two cancels:", t2.cancelling())
    try:
        await t2
    except asyncio.CancelledError:
        print("t2 cancelled", t2.cancelling())

asyncio.run(main())
