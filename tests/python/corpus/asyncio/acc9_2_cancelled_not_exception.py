# CancelledError is a BaseException: `except Exception` does not catch it; a return in finally swallows it.
import asyncio

async def guarded():
    try:
        await asyncio.sleep(1)
    except Exception as e:
        print('caught as Exception (wrong):', type(e).__name__)
    return 'not reached'

async def swallow():
    try:
        await asyncio.sleep(1)
    finally:
        return 'returned from finally'

async def main():
    print(issubclass(asyncio.CancelledError, Exception), issubclass(asyncio.CancelledError, BaseException))
    t = asyncio.create_task(guarded())
    await asyncio.sleep(0)
    t.cancel()
    r = await asyncio.gather(t, return_exceptions=True)
    print(type(r[0]).__name__, t.cancelled())
    s = asyncio.create_task(swallow())
    await asyncio.sleep(0)
    s.cancel()
    print(await s, s.cancelled(), s.cancelling())

asyncio.run(main())
