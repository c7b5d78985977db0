# asyncio.Runner keeps one context across run() calls; run(context=...) uses the one given; asyncio.run does not leak.
import asyncio, contextvars

var = contextvars.ContextVar('var', default='default')

async def setter(value):
    old = var.get()
    var.set(value)
    return old

async def getter():
    return var.get()

with asyncio.Runner() as runner:
    print(runner.run(setter('first')))
    print(runner.run(getter()))
    ctx = contextvars.Context()
    print(runner.run(setter('in ctx'), context=ctx))
    print(runner.run(getter()), ctx[var])
    print(runner.run(getter(), context=ctx))
print('outside:', var.get())
print(asyncio.run(setter('run')), var.get())
