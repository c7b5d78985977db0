# asyncio.run has no context parameter in 3.11; Runner.run does
import asyncio
import contextvars

color = contextvars.ContextVar("color", default="none")


async def show():
    return color.get()


ctx = contextvars.copy_context()
ctx.run(color.set, "blue")
with asyncio.Runner() as runner:
    print(runner.run(show(), context=ctx))
print(ctx.run(asyncio.run, show()))
coro = show()
asyncio.run(coro, context=ctx)
