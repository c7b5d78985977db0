# except Exception does not catch CancelledError (a BaseException since 3.8); except BaseException does.
import asyncio

async def careless():
    try:
        await asyncio.sleep(1)
    except Exception as e:
        print('never here', e)
    finally:
        print('careless: finally runs')

async def catches_all():
    try:
        await asyncio.sleep(1)
    except BaseException as e:
        print('catches_all caught', type(e).__name__)
        return 'swallowed'

async def main():
    a = asyncio.create_task(careless())
    b = asyncio.create_task(catches_all())
    await asyncio.sleep(0.01)
    a.cancel()
    b.cancel()
    results = await asyncio.gather(a, b, return_exceptions=True)
    print([type(r).__name__ if isinstance(r, BaseException) else r for r in results])
    print('a cancelled:', a.cancelled(), '| b cancelled:', b.cancelled(), b.result())

asyncio.run(main())
