# test_tasks: gather(return_exceptions=True) puts exceptions in the list, cancellations as CancelledError
import asyncio

async def ok(x):
    await asyncio.sleep(0.01)
    return x

async def bad():
    raise KeyError('bad')

async def main():
    t = asyncio.create_task(ok('cancelled one'))
    t.cancel()
    res = await asyncio.gather(ok(1), bad(), t, return_exceptions=True)
    print([type(r).__name__ + ':' + repr(r) if isinstance(r, BaseException) else r for r in res])

asyncio.run(main())
