# asyncio.Runner with a loop_factory, debug flag and a per-run context
import asyncio
import contextvars

who = contextvars.ContextVar("who", default="nobody")
made = []

def factory():
    loop = asyncio.new_event_loop()
    made.append(type(loop).__name__)
    return loop

async def greet():
    return f"hi {who.get()}, debug={asyncio.get_running_loop().get_debug()}"

ctx = contextvars.copy_context()
ctx.run(who.set, "alice")
with asyncio.Runner(debug=True, loop_factory=factory) as r:
    print(r.run(greet()))
    print(r.run(greet(), context=ctx))
print(made)
r.close()
r2 = asyncio.Runner()
r2.close()
r2.run(greet())
