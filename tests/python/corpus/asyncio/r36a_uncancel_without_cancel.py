# uncancel() on a task never cancelled, counts below zero, and cancelling() after several cancels
import asyncio


async def main():
    me = asyncio.current_task()
    print("uncancel on fresh task:", me.uncancel(), me.cancelling())
    t = asyncio.create_task(asyncio.sleep(1))
    for _ in range(3):
        t.cancel()
    print("cancelling:", t.cancelling())
    print("uncancel:", t.uncancel(), t.uncancel())
    try:
        await t
    except asyncio.CancelledError:
        print("still cancelled, cancelled():", t.cancelled())
    print("after done:", t.cancelling())


asyncio.run(main())
