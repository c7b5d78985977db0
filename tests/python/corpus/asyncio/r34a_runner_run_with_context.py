# Runner.run(coro, context=...) lets successive runs share or isolate contextvars
import asyncio
import contextvars

counter = contextvars.ContextVar("counter", default=0)


async def bump():
    counter.set(counter.get() + 1)
    await asyncio.sleep(0)
    return counter.get()


with asyncio.Runner() as runner:
    print("default runs:", runner.run(bump()), runner.run(bump()))
    ctx = contextvars.copy_context()
    print("explicit ctx:", runner.run(bump(), context=ctx), runner.run(bump(), context=ctx))
    print("ctx value:", ctx.get(counter), "outside:", counter.get())

with asyncio.Runner(debug=True) as r2:
    print("debug:", r2.get_loop().get_debug())
