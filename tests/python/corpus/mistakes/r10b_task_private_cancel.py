# Cancelling before and after a task's first step, as its private fields show it; then cancel_message mistyped.
import asyncio
async def w():
    await asyncio.sleep(1)
async def quick():
    return 1
async def main():
    a = asyncio.create_task(w())
    a.cancel('early')
    print(a._must_cancel, a._cancel_message, a._state)
    await asyncio.sleep(0)
    print(a._must_cancel, a._cancel_message, a._state)
    b = asyncio.create_task(w())
    await asyncio.sleep(0)
    b.cancel('late')
    print(b._must_cancel, b._cancel_message)
    await asyncio.sleep(0)
    print(b._cancel_message, b._state)
    f = asyncio.get_running_loop().create_future()
    f.cancel('fm')
    print(f._cancel_message, f._state, f._make_cancelled_error().args)
    print(b._make_cancelled_error().args)
    g = asyncio.get_running_loop().create_future()
    g.set_exception(KeyError('k'))
    print(g._log_traceback, repr(g._exception))
    g._log_traceback = False
    print(b.cancel_message)
asyncio.run(main())
