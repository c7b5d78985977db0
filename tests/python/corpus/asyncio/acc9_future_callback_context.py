# add_done_callback(context=...): the callback runs in the context given, else in a copy of the adder's.
import asyncio, contextvars

var = contextvars.ContextVar('var', default='none')

def cb(fut):
    print('callback sees', var.get(), 'result', fut.result())
    var.set('set by callback')

async def main():
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    var.set('main')
    fut.add_done_callback(cb)
    ctx = contextvars.Context()
    ctx.run(var.set, 'ctx')
    fut.add_done_callback(cb, context=ctx)
    var.set('main later')
    fut.set_result(1)
    await asyncio.sleep(0)
    print('main sees', var.get(), '; ctx holds', ctx[var])
    loop.call_soon(cb, fut, context=ctx)
    await asyncio.sleep(0)
    print('ctx holds', ctx[var])

asyncio.run(main())
