# Python 3.11: create_task(..., context=ctx) runs the task in a Context you choose.
import asyncio
import contextvars

tenant = contextvars.ContextVar("tenant", default="public")

async def show(label):
    await asyncio.sleep(0)
    print(f"{label}: tenant={tenant.get()}")
    tenant.set(f"{label}-changed")

async def main():
    ctx = contextvars.Context()
    ctx.run(tenant.set, "acme")
    await asyncio.create_task(show("task A"), context=ctx)
    await asyncio.create_task(show("task B"), context=ctx)
    print("ctx now:", ctx[tenant])
    await asyncio.create_task(show("task C"))
    print("main:", tenant.get())
    loop = asyncio.get_running_loop()
    await loop.create_task(show("loop task"), context=ctx)
    print("ctx now:", ctx.get(tenant))

asyncio.run(main())
