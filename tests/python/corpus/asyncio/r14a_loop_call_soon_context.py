# test_events: call_soon runs its callback in a copy of the current context, or the one given
import asyncio, contextvars

var = contextvars.ContextVar('var', default='default')

def show(tag):
    print(tag, var.get())
    var.set('changed by ' + tag)

async def main():
    loop = asyncio.get_running_loop()
    var.set('main')
    loop.call_soon(show, 'copy')
    ctx = contextvars.Context()
    loop.call_soon(show, 'empty', context=ctx)
    await asyncio.sleep(0)
    print('main sees', var.get())
    print('ctx holds', ctx[var])

asyncio.run(main())
