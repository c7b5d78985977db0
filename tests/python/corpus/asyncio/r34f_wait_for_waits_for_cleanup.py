# On timeout, wait_for cancels the inner task and waits for its cleanup before raising.
import asyncio

events = []

async def transaction():
    events.append("begin")
    try:
        await asyncio.sleep(1)
        events.append("commit")
    except asyncio.CancelledError:
        events.append("rollback start")
        await asyncio.sleep(0.02)
        events.append("rollback done")
        raise

async def main():
    try:
        await asyncio.wait_for(transaction(), timeout=0.05)
    except asyncio.TimeoutError as e:
        events.append("timeout seen")
        print(type(e).__name__, repr(e.__cause__), type(e.__context__).__name__)
    print(events)

asyncio.run(main())
