# Context variables reach to_thread's function but not run_in_executor's
import asyncio
import contextvars

tenant = contextvars.ContextVar("tenant", default="<none>")

def which():
    return tenant.get()

async def main():
    tenant.set("acme")
    loop = asyncio.get_running_loop()
    print("to_thread sees:", await asyncio.to_thread(which))
    print("run_in_executor sees:", await loop.run_in_executor(None, which))
    ctx = contextvars.copy_context()
    print("with ctx.run:", await loop.run_in_executor(None, ctx.run, which))

asyncio.run(main())
