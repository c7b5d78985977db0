# call_soon with an explicit context argument
import asyncio
import contextvars

color = contextvars.ContextVar("color", default="grey")

def show(label):
    print(label, color.get())

async def main():
    loop = asyncio.get_running_loop()
    ctx = contextvars.Context()
    ctx.run(color.set, "red")
    color.set("blue")
    loop.call_soon(show, "default ctx:")
    loop.call_soon(show, "explicit ctx:", context=ctx)
    await asyncio.sleep(0)
    print(sorted((v.name, val) for v, val in ctx.items()))

asyncio.run(main())
