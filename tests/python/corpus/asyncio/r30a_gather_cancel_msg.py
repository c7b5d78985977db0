# gather(...).cancel(msg): each child's CancelledError carries the message
import asyncio

async def child(n):
    try:
        await asyncio.sleep(1)
    except asyncio.CancelledError as e:
        print("child", n, "got", e.args)
        raise

async def main():
    g = asyncio.gather(child(1), child(2))
    await asyncio.sleep(0.01)
    g.cancel("shutting down")
    try:
        await g
    except asyncio.CancelledError as e:
        print("gather raised", repr(e))

asyncio.run(main())
