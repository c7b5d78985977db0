# I read that add_done_callback takes a context= argument, trying it with contextvars
import asyncio
import contextvars

who = contextvars.ContextVar('who', default='nobody')

async def worker():
    who.set('worker')
    await asyncio.sleep(0.01)
    return 42

def print_it(task):
    print('print_it result:', task.result(), 'who =', who.get())

async def do_something():
    who.set('main')
    task = asyncio.create_task(worker())
    ctx = contextvars.copy_context()
    ctx.run(who.set, 'copied')
    task.add_done_callback(print_it)
    task.add_done_callback(print_it, context=ctx)
    await task
    await asyncio.sleep(0)
    print('who in do_something:', who.get())

asyncio.run(do_something())
