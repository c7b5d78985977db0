# Cancel a gather with a message: every child gets cancelled and the message reaches the awaiter
import asyncio


async def child(n):
    try:
        await asyncio.sleep(1)
    except asyncio.CancelledError as e:
        print(f"child {n} cancelled, args={e.args}")
        raise


async def main():
    g = asyncio.gather(child(1), child(2), child(3))
    await asyncio.sleep(0.02)
    print("cancel returned", g.cancel(msg="shutting down"))
    try:
        await g
    except asyncio.CancelledError as e:
        print("gather raised CancelledError", e.args)
    print("done:", g.done(), "cancelled:", g.cancelled())


asyncio.run(main())
