# test_waitfor: on timeout wait_for cancels the inner task and waits for it to finish
import asyncio

events = []

async def inner():
    try:
        await asyncio.sleep(1)
    except asyncio.CancelledError:
        events.append('inner cancelled')
        await asyncio.sleep(0.05)
        events.append('inner cleanup done')
        raise

async def main():
    t = asyncio.create_task(inner())
    try:
        await asyncio.wait_for(t, 0.1)
    except asyncio.TimeoutError as e:
        events.append('TimeoutError ' + type(e.__cause__).__name__)
    print(events, t.cancelled())

asyncio.run(main())
