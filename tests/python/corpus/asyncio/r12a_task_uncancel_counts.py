# test_tasks: test_uncancel_basic / cancelling() counts across several cancels
import asyncio

async def sleeper():
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError:
        t = asyncio.current_task()
        print("inside: cancelling", t.cancelling())
        print("uncancel ->", t.uncancel())
        print("uncancel ->", t.uncancel())
        print("uncancel at 0 ->", t.uncancel())
        await asyncio.sleep(0.01)
        return "recovered"

async def main():
    t = asyncio.create_task(sleeper())
    await asyncio.sleep(0)
    t.cancel(); t.cancel(); t.cancel()
    print("after three cancels:", t.cancelling())
    print(await t)
    print("done cancelling:", t.cancelling(), "cancelled:", t.cancelled())

asyncio.run(main())
