# Waiting for an Event with wait_for and a timeout: TimeoutError, then success when it is set in time.
import asyncio

async def main():
    ev = asyncio.Event()
    try:
        await asyncio.wait_for(ev.wait(), timeout=0.02)
    except asyncio.TimeoutError as e:
        print('timed out:', type(e).__name__, repr(str(e)))
    asyncio.get_running_loop().call_later(0.01, ev.set)
    print('got:', await asyncio.wait_for(ev.wait(), timeout=1))

asyncio.run(main())
