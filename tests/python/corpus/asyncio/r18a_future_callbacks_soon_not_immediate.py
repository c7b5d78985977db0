# a done callback added to a finished future runs later, via call_soon, with a context
import asyncio
import contextvars

var = contextvars.ContextVar('var', default='unset')

def show(fut):
    print('callback: result', fut.result(), 'var', var.get())

async def main():
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    fut.set_result('R')
    fut.add_done_callback(show)
    print('after add_done_callback')
    await asyncio.sleep(0)
    print('after sleep(0)')
    ctx = contextvars.copy_context()
    ctx.run(var.set, 'in ctx')
    fut2 = loop.create_future()
    fut2.add_done_callback(show, context=ctx)
    fut2.add_done_callback(show)
    print('removed:', fut2.remove_done_callback(print))
    fut2.set_result('S')
    print('set_result returned; done', fut2.done())
    await asyncio.sleep(0)
    try:
        fut2.set_result('again')
    except asyncio.InvalidStateError as e:
        print('InvalidStateError:', e)
    f3 = loop.create_future()
    f3.cancel()
    try:
        f3.set_exception(ValueError())
    except asyncio.InvalidStateError as e:
        print('InvalidStateError:', e)

asyncio.run(main())
