import asyncio
import contextvars

var = contextvars.ContextVar("var", default=0)


async def bump():
    var.set(var.get() + 1)
    return var.get(), asyncio.get_running_loop().get_debug()


ctx = contextvars.copy_context()
with asyncio.Runner(debug=True, context=ctx) as r:
    print(r.run(bump()))
    print(r.run(bump()))
    print(r.run(bump(), context=contextvars.Context()))
print("outer:", var.get(), "ctx:", ctx[var])
