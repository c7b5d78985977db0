# test_waitfor: an inner task that raises another error when cancelled by the timeout: that error propagates
import asyncio

async def inner():
    try:
        await asyncio.sleep(1)
    except asyncio.CancelledError:
        raise ValueError('cleanup failed')

async def main():
    try:
        await asyncio.wait_for(inner(), 0.05)
    except asyncio.TimeoutError:
        print('TimeoutError')
    except ValueError as e:
        print('ValueError:', e, '| context:', type(e.__context__).__name__)

asyncio.run(main())
