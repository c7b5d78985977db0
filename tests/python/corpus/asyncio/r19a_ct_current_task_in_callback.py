# current_task() is None inside plain callbacks; tasks inherit context in create_task(context=)
import asyncio
import contextvars

who = contextvars.ContextVar('who', default='nobody')

def callback(tag):
    print(tag, "current_task:", asyncio.current_task(), "who:", who.get())

async def show():
    print("task sees who =", who.get(), "name =", asyncio.current_task().get_name())

async def main():
    loop = asyncio.get_running_loop()
    loop.call_soon(callback, 'soon')
    who.set('main')
    loop.call_soon(callback, 'soon after set')
    await asyncio.sleep(0)
    ctx = contextvars.Context()
    loop.call_soon(callback, 'empty ctx', context=ctx)
    await asyncio.create_task(show(), name='plain')
    ctx2 = contextvars.copy_context()
    ctx2.run(who.set, 'ctx2')
    await asyncio.create_task(show(), name='with-context', context=ctx2)
    await loop.create_task(show(), name='loop-ctx', context=ctx2)
    await asyncio.sleep(0)

asyncio.run(main())
