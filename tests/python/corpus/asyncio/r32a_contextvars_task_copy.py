# Each task gets a copy of the context: changes inside a task don't leak out
import asyncio
import contextvars

request_id = contextvars.ContextVar("request_id", default="none")

async def handler(rid):
    request_id.set(rid)
    await asyncio.sleep(0.001 * rid)
    return f"handler {rid} sees {request_id.get()}"

async def main():
    request_id.set(0)
    print(await asyncio.gather(*(handler(i) for i in (3, 1, 2))))
    print("main still sees", request_id.get())
    ctx = contextvars.copy_context()
    print(request_id in ctx, ctx[request_id])

asyncio.run(main())
