# asyncio.Runner.run(coro, context=...) runs the main task in that context
import asyncio
import contextvars

lang = contextvars.ContextVar("lang", default="en")

async def greet():
    return {"en": "hello", "fr": "bonjour"}[lang.get()]

ctx = contextvars.copy_context()
ctx.run(lang.set, "fr")
with asyncio.Runner() as r:
    print(r.run(greet()))
    print(r.run(greet(), context=ctx))
    print(lang.get())
