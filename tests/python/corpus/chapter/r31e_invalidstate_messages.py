# the exact messages of result() and exception() in each state
import asyncio

async def worker():
    await asyncio.sleep(0.05)
    return 42

async def main():
    t = asyncio.create_task(worker())
    for meth in (t.result, t.exception):
        try:
            meth()
        except asyncio.InvalidStateError as e:
            print(meth.__name__, '->', type(e).__name__, repr(str(e)))
    t.cancel('stop it')
    await asyncio.sleep(0)
    for meth in (t.result, t.exception):
        try:
            meth()
        except asyncio.CancelledError as e:
            print(meth.__name__, '->', type(e).__name__, e.args)
    print('cancel again:', t.cancel(), 'cancelled:', t.cancelled())
    print(asyncio.TimeoutError is TimeoutError, issubclass(asyncio.CancelledError, Exception))

asyncio.run(main())
