# Each TaskGroup child runs in a copy of the context: its changes do not leak back
import asyncio
import contextvars

tenant = contextvars.ContextVar("tenant")

async def handle(name):
    tenant.set(name)
    await asyncio.sleep(0.01)
    return f"{name} sees {tenant.get()}"

async def main():
    tenant.set("root")
    async with asyncio.TaskGroup() as tg:
        tasks = {n: tg.create_task(handle(n)) for n in ("acme", "globex")}
    print({n: t.result() for n, t in tasks.items()})
    print("main still sees", tenant.get())
    fresh = contextvars.ContextVar("fresh")
    try:
        fresh.get()
    except LookupError as e:
        print("LookupError:", repr(e)[:40].split(" name=")[0])

asyncio.run(main())
