# shield passes the inner task's exception through; cancelling the outer leaves inner running.
import asyncio

async def risky(fail):
    await asyncio.sleep(0.05)
    if fail:
        raise PermissionError("not allowed")
    return "committed"

async def main():
    try:
        await asyncio.shield(risky(True))
    except PermissionError as e:
        print("shield re-raised:", repr(e))
    inner = asyncio.create_task(risky(False))
    outer = asyncio.shield(inner)
    outer.cancel()
    print("outer cancelled:", outer.cancelled(), "inner cancelled:", inner.cancelled())
    print("inner result:", await inner)

asyncio.run(main())
