# asyncio.Runner with debug=True and a context shared by all its run() calls.
import asyncio
import contextvars

step = contextvars.ContextVar("step", default=0)

async def advance(label):
    step.set(step.get() + 1)
    loop = asyncio.get_running_loop()
    return f"{label}: step={step.get()} debug={loop.get_debug()}"

ctx = contextvars.copy_context()
with asyncio.Runner(debug=True) as r:
    print(r.run(advance("first")))
    print(r.run(advance("second")))
with asyncio.Runner(context=ctx) as r:
    print(r.run(advance("ctx first")))
    print(r.run(advance("ctx second")))
    print(r.run(advance("own ctx"), context=contextvars.Context()))
print("outside:", step.get(), "ctx:", ctx[step])
