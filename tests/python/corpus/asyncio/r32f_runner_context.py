# asyncio.Runner with debug, run(context=...) and a contextvar set in one run seen in the next
import asyncio
import contextvars

counter = contextvars.ContextVar("counter", default=0)

async def bump():
    counter.set(counter.get() + 1)
    return counter.get()

with asyncio.Runner(debug=True) as runner:
    print("debug:", runner.get_loop().get_debug())
    print(runner.run(bump()), runner.run(bump()))
    ctx = contextvars.copy_context()
    print(runner.run(bump(), context=ctx), runner.run(bump(), context=ctx))
    print("outside:", counter.get(), "ctx:", ctx[counter])
try:
    asyncio.Runner().run(bump)
except (TypeError, ValueError) as e:
    print(type(e).__name__ + ":", str(e).split(" got")[0])
