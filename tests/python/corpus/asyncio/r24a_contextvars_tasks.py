import asyncio
import contextvars

request_id = contextvars.ContextVar("request_id", default="none")

async def handler(n):
    request_id.set(f"req-{n}")
    await asyncio.sleep(0.01 * (3 - n))
    await inner(n)

async def inner(n):
    print(n, "sees", request_id.get())

async def main():
    request_id.set("main")
    await asyncio.gather(*(handler(i) for i in range(3)))
    print("main still sees", request_id.get())
    ctx = contextvars.copy_context()
    request_id.set("changed")
    t = asyncio.create_task(inner(99), context=ctx)
    await t
    print(request_id.name)

asyncio.run(main())
