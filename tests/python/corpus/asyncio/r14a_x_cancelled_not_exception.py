# CancelledError is a BaseException since 3.8: "except Exception" lets it through
import asyncio

async def worker():
    try:
        await asyncio.sleep(1)
    except Exception as e:
        print('except Exception caught', type(e).__name__)
    finally:
        print('finally runs')

async def main():
    t = asyncio.create_task(worker())
    await asyncio.sleep(0)
    t.cancel()
    try:
        await t
    except Exception:
        print('not here')
    except BaseException as e:
        print('BaseException:', type(e).__name__, isinstance(e, Exception))
    print(asyncio.CancelledError.__mro__)

asyncio.run(main())
