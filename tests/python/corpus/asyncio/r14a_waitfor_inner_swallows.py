# test_waitfor: an inner task that swallows its cancellation: wait_for returns its value (3.11)
import asyncio

async def swallow():
    try:
        await asyncio.sleep(1)
    except asyncio.CancelledError:
        return 'swallowed'

async def main():
    try:
        r = await asyncio.wait_for(swallow(), 0.05)
        print('returned', r)
    except asyncio.TimeoutError:
        print('TimeoutError')

asyncio.run(main())
