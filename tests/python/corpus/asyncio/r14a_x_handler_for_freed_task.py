# A custom exception handler called for a task freed as its failing step ends: no current task, the loop's context
import asyncio, contextvars
var = contextvars.ContextVar('var', default='dflt')
def handler(loop, ctx):
    print('handler:', ctx['message'], repr(ctx['exception']), var.get(), asyncio.current_task())
    var.set('set in handler')
    loop.call_soon(print, 'scheduled from handler', var.get())
async def fails():
    var.set('task value')
    raise KeyError('boom')
async def main():
    asyncio.get_running_loop().set_exception_handler(handler)
    var.set('main value')
    asyncio.create_task(fails())
    await asyncio.sleep(0)
    print('main resumes', var.get())
    await asyncio.sleep(0)
asyncio.run(main())
