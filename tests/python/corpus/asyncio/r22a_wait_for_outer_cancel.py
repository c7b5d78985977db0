# Cancelling a task blocked in wait_for cancels the inner awaitable too.
import asyncio

events = []

async def inner():
    try:
        await asyncio.sleep(1)
    except asyncio.CancelledError:
        events.append('inner cancelled')
        raise

async def outer():
    try:
        await asyncio.wait_for(inner(), timeout=5)
    except asyncio.CancelledError:
        events.append('outer cancelled')
        raise

async def main():
    t = asyncio.create_task(outer())
    await asyncio.sleep(0.02)
    t.cancel()
    try:
        await t
    except asyncio.CancelledError:
        events.append('main saw cancel')
    print(events)

asyncio.run(main())
