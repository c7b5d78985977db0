# A ContextVar set in main is copied into tasks; a task's change stays in the task
import asyncio
import contextvars

request_id = contextvars.ContextVar("request_id", default="none")

async def handler(n):
    before = request_id.get()
    request_id.set(f"req-{n}")
    await asyncio.sleep(0.01 * n)
    return before, request_id.get()

async def main():
    print(request_id.get())
    token = request_id.set("main")
    print(await asyncio.gather(handler(1), handler(2)))
    print("main still sees", request_id.get())
    request_id.reset(token)
    print("after reset", request_id.get())
    ctx = contextvars.copy_context()
    ctx.run(request_id.set, "in ctx")
    t = asyncio.create_task(handler(0), context=ctx)
    print(await t, ctx[request_id])
    print(request_id.name)

asyncio.run(main())
