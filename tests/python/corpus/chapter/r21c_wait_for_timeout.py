# wait_for with a timeout shorter than the work; the inner is cancelled.
import asyncio

async def slow():
    try:
        await asyncio.sleep(1)
        return 'slow done'
    except asyncio.CancelledError:
        print('slow: cancelled by wait_for')
        raise

async def main():
    try:
        r = await asyncio.wait_for(slow(), timeout=0.2)
        print(r)
    except asyncio.TimeoutError:
        print('timed out')
    r = await asyncio.wait_for(asyncio.sleep(0.1, result='fast'), timeout=0.5)
    print('second:', r)

asyncio.run(main())
