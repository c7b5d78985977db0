# A Runner's context seen by call_soon callbacks and tasks of two runs; a callback given its own context.
import asyncio, contextvars

var = contextvars.ContextVar('var', default='unset')

async def first():
    var.set('set in first run')
    loop = asyncio.get_running_loop()
    loop.call_soon(lambda: print('callback in first run:', var.get()))
    await asyncio.sleep(0)

async def second():
    loop = asyncio.get_running_loop()
    ctx = contextvars.Context()
    loop.call_soon(lambda: print('callback with its own context:', var.get()), context=ctx)
    loop.call_soon(lambda: print('callback in second run:', var.get()))
    t = asyncio.create_task(asyncio.sleep(0, var.get()))
    print('task result:', await t)

with asyncio.Runner() as runner:
    runner.run(first())
    runner.run(second())
print('outside:', var.get())
