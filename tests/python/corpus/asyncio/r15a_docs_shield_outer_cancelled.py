# shield() as in the docs: cancelling the waiter leaves the shielded work running
import asyncio

async def something():
    print("something: start")
    await asyncio.sleep(0.3)
    print("something: finished")
    return 42

async def waiter(inner):
    try:
        res = await asyncio.shield(inner)
        print("waiter got", res)
    except asyncio.CancelledError:
        print("waiter cancelled, inner done?", inner.done())
        raise

async def main():
    inner = asyncio.create_task(something())
    w = asyncio.create_task(waiter(inner))
    await asyncio.sleep(0.1)
    w.cancel()
    try:
        await w
    except asyncio.CancelledError:
        print("main: waiter is cancelled:", w.cancelled())
    print("inner result:", await inner)
    print("inner cancelled?", inner.cancelled())

asyncio.run(main())
