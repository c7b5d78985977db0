# wait_for: the result in time, or TimeoutError and the inner task cancelled.
import asyncio

async def slow(delay):
    try:
        await asyncio.sleep(delay)
        return f'slept {delay}'
    except asyncio.CancelledError:
        print('slow was cancelled by wait_for')
        raise

async def main():
    print(await asyncio.wait_for(slow(0.1), timeout=1))
    try:
        await asyncio.wait_for(slow(10), timeout=0.2)
    except asyncio.TimeoutError as e:
        print('TimeoutError', repr(e))
    print(await asyncio.wait_for(slow(0), timeout=None))

asyncio.run(main())
