# a task's repr while it sleeps in its cleanup after a cancel: wait_for= the new sleep's pending future, not the cancelled one
import asyncio
import sys

async def stubborn():
    try:
        await asyncio.sleep(1)
    except asyncio.CancelledError:
        await asyncio.sleep(0.1)
        raise

async def main():
    t = asyncio.create_task(stubborn(), name='stub')
    await asyncio.sleep(0)
    t.cancel()
    await asyncio.sleep(0.05)
    print(repr(t), file=sys.stderr)
    try:
        await t
    except asyncio.CancelledError:
        pass
    print(repr(t), file=sys.stderr)
    f = asyncio.get_running_loop().create_future()
    f.cancel()
    print(repr(f))

asyncio.run(main())
