# add_done_callback with context= so the callback sees a ContextVar value I chose
import asyncio
import contextvars

user = contextvars.ContextVar('user', default='nobody')

async def worker():
    user.set('worker-set')
    await asyncio.sleep(0.01)
    return 1

def print_it(task):
    print('callback sees user =', user.get())

async def main():
    user.set('main')
    t1 = asyncio.create_task(worker())
    t1.add_done_callback(print_it)
    ctx = contextvars.copy_context()
    ctx.run(user.set, 'custom')
    t2 = asyncio.create_task(worker())
    t2.add_done_callback(print_it, context=ctx)
    await asyncio.gather(t1, t2)
    print('main sees user =', user.get())

asyncio.run(main())
