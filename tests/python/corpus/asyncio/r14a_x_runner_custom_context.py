# test_runners: Runner.run(coro, context=ctx) runs main in that context; changes stay in it
import asyncio, contextvars

var = contextvars.ContextVar('var', default='unset')

async def read_and_set(value):
    old = var.get()
    var.set(value)
    return old

ctx = contextvars.copy_context()
with asyncio.Runner() as r:
    print(r.run(read_and_set('one'), context=ctx))
    print(r.run(read_and_set('two'), context=ctx))
    print(r.run(read_and_set('three')))
    print(r.run(read_and_set('four')))
print(ctx[var], var.get())
