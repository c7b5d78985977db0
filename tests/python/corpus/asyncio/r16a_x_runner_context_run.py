# Runner.run(context=...) runs the coroutine in the given Context; the Runner's own context is shared
import asyncio
import contextvars

var = contextvars.ContextVar('var', default='unset')

async def setv(v):
    old = var.get()
    var.set(v)
    return old

with asyncio.Runner() as r:
    print(r.run(setv('a')))
    print(r.run(setv('b')))
    ctx = contextvars.copy_context()
    print(r.run(setv('c'), context=ctx))
    print(ctx[var], var.get())
print(asyncio.run(setv('d')), var.get())
