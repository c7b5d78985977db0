# Task.cancelling()/uncancel() (3.11), cancelling a gather, cancel messages
import asyncio

async def child(name):
    try:
        await asyncio.sleep(1)
    except asyncio.CancelledError as e:
        print(f"{name} cancelled with args {e.args}")
        raise

async def main():
    t = asyncio.create_task(child("solo"))
    await asyncio.sleep(0)
    print(t.cancel("first"), t.cancel("second"), t.cancelling())
    await asyncio.gather(t, return_exceptions=True)
    print("cancelled:", t.cancelled(), t.cancelling())
    g = asyncio.gather(child("g1"), child("g2"))
    await asyncio.sleep(0.1)
    g.cancel()
    try:
        await g
    except asyncio.CancelledError:
        print("gather cancelled:", g.cancelled())
    me = asyncio.current_task()
    me.cancel()
    try:
        await asyncio.sleep(0.1)
    except asyncio.CancelledError:
        print("main cancelled itself, cancelling =", me.cancelling())
        print("uncancel ->", me.uncancel())
    print("main goes on", t.cancel())

asyncio.run(main())
