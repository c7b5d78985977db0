# CancelledError is a BaseException: except Exception does not swallow a cancel
import asyncio

async def careful():
    try:
        await asyncio.sleep(1)
    except Exception as e:
        print('never printed', e)
    except BaseException as e:
        print('BaseException branch:', type(e).__name__)
        raise

async def main():
    t = asyncio.create_task(careful())
    await asyncio.sleep(0.01)
    t.cancel()
    await asyncio.gather(t, return_exceptions=True)
    print(issubclass(asyncio.CancelledError, Exception), asyncio.CancelledError.__mro__[1].__name__)
    print(t.cancelled())

asyncio.run(main())
