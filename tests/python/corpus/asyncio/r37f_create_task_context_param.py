# create_task(..., context=ctx), new in 3.11: run a task inside a prepared copy of the context
import asyncio
import contextvars

tenant = contextvars.ContextVar("tenant", default="public")

async def report(label):
    await asyncio.sleep(0)
    print(f"{label}: tenant={tenant.get()}")
    tenant.set("changed-by-" + label)

async def main():
    ctx = contextvars.copy_context()
    ctx.run(tenant.set, "acme")
    await asyncio.create_task(report("t1"), context=ctx)
    print("ctx now holds:", ctx[tenant])
    await asyncio.create_task(report("t2"), context=ctx)
    await asyncio.create_task(report("t3"))
    print("main still sees:", tenant.get())
    loop = asyncio.get_running_loop()
    done = loop.create_future()
    loop.call_soon(lambda: done.set_result(tenant.get()), context=ctx)
    print("callback saw:", await done)

asyncio.run(main())
