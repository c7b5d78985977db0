# add_done_callback with context=, remove_done_callback, callbacks run via call_soon
import asyncio
import contextvars

var = contextvars.ContextVar('var', default='unset')

def cb(fut):
    print("cb sees var =", var.get(), "result =", fut.result())

def other(fut):
    print("other called")

async def job():
    await asyncio.sleep(0.1)
    return 7

async def main():
    var.set('main')
    t = asyncio.create_task(job())
    ctx = contextvars.copy_context()
    ctx.run(var.set, 'custom')
    t.add_done_callback(cb)
    t.add_done_callback(cb, context=ctx)
    t.add_done_callback(other)
    t.add_done_callback(other)
    print("removed:", t.remove_done_callback(other))
    print("removed again:", t.remove_done_callback(other))
    await t
    print("after await")
    await asyncio.sleep(0)
    print("late callback:")
    t.add_done_callback(cb)
    print("registered")
    await asyncio.sleep(0)

asyncio.run(main())
