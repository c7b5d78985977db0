# Each TaskGroup task gets its own copy of the context; changes don't leak back to main.
import asyncio
import contextvars

tenant = contextvars.ContextVar("tenant", default="root")
seen = contextvars.ContextVar("seen")

async def job(name):
    tenant.set(name)
    seen.set([name])
    await asyncio.sleep(0.01)
    return f"{name}: tenant={tenant.get()} seen={seen.get()}"

async def main():
    seen.set([])
    async with asyncio.TaskGroup() as tg:
        tasks = [tg.create_task(job(n)) for n in ("acme", "globex")]
        shared = seen.get()
        tg.create_task(asyncio.sleep(0, shared.append("mutated in main")))
    for t in tasks:
        print(t.result())
    print("main:", tenant.get(), seen.get())
    ctx = contextvars.copy_context()
    print(sorted(v.name for v in ctx))

asyncio.run(main())
