# CancelledError is a BaseException: 'except Exception' does not stop it
import asyncio

async def careless():
    try:
        await asyncio.sleep(5)
    except Exception as e:
        print('never here', e)
    return 'not reached'

async def main():
    print(issubclass(asyncio.CancelledError, Exception),
          issubclass(asyncio.CancelledError, BaseException))
    t = asyncio.create_task(careless())
    await asyncio.sleep(0)
    t.cancel()
    try:
        await t
    except Exception:
        print('Exception caught')
    except BaseException as e:
        print('BaseException caught:', type(e).__name__)
    print(asyncio.CancelledError.__mro__)

asyncio.run(main())
