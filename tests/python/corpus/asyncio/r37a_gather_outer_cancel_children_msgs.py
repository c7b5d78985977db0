# Cancelling the future returned by gather() cancels each child; their messages and states afterwards
import asyncio


async def child(name):
    try:
        await asyncio.sleep(1)
    except asyncio.CancelledError as e:
        print(f"{name} cancelled with args {e.args}")
        raise


async def main():
    kids = [asyncio.create_task(child(n), name=n) for n in ("x", "y")]
    g = asyncio.gather(*kids)
    await asyncio.sleep(0.01)
    print("cancel() returned", g.cancel(msg="shutting down"))
    try:
        await g
    except asyncio.CancelledError as e:
        print("gather raised CancelledError", e.args)
    print([(k.get_name(), k.cancelled()) for k in kids])
    print("gather cancelled():", g.cancelled(), "done():", g.done())


asyncio.run(main())
