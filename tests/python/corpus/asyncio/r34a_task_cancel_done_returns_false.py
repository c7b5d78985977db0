# cancel() on a finished task returns False; cancel() twice on a pending one returns True both times
import asyncio


async def quick():
    return 5


async def slow():
    await asyncio.sleep(1)


async def main():
    t = asyncio.create_task(quick())
    await t
    print("cancel finished:", t.cancel(), t.cancelled(), t.result())
    s = asyncio.create_task(slow())
    await asyncio.sleep(0)
    print("first cancel:", s.cancel("one"), "cancelling:", s.cancelling())
    print("second cancel:", s.cancel("two"), "cancelling:", s.cancelling())
    try:
        await s
    except asyncio.CancelledError as e:
        print("message:", e.args)
    print("uncancel after done:", s.uncancel(), s.cancelling())


asyncio.run(main())
