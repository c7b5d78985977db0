# Task and Future methods that take no arguments, called with one: CPython's TypeError
import asyncio
async def m():
    t = asyncio.create_task(asyncio.sleep(0)); await t
    f = asyncio.get_running_loop().create_future(); f.set_result(1)
    for o in (t, f):
        for meth in ('result', 'exception', 'done', 'cancelled', 'get_loop'):
            try: getattr(o, meth)(1)
            except TypeError as e: print(e)
    for meth in ('get_name', 'get_coro', 'cancelling', 'uncancel'):
        try: getattr(t, meth)(1)
        except TypeError as e: print(e)
    print(t.result(), t.done(), f.result(), t.get_name())
asyncio.run(m())
