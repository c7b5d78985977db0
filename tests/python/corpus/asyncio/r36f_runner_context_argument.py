# asyncio.Runner.run with an explicit contextvars Context, and a run that raises.
import asyncio
import contextvars

lang = contextvars.ContextVar("lang", default="en")

async def greet():
    await asyncio.sleep(0)
    return {"en": "hello", "fr": "bonjour"}[lang.get()]

async def boom():
    raise LookupError("no such user")

ctx = contextvars.copy_context()
ctx.run(lang.set, "fr")
with asyncio.Runner() as r:
    print(r.run(greet()))
    print(r.run(greet(), context=ctx))
    try:
        r.run(boom())
    except LookupError as e:
        print("run raised:", e)
    print(r.run(greet()))
try:
    r.run(greet())
except RuntimeError as e:
    print("RuntimeError:", e)
