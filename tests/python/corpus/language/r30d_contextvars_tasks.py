# contextvars in asyncio: each task sees its own copy of a request id
import asyncio
import contextvars

request_id = contextvars.ContextVar("request_id", default="none")


def log(msg):
    print(f"[{request_id.get()}] {msg}")


async def handle(rid, delay):
    request_id.set(rid)
    log("start")
    await asyncio.sleep(delay)
    log("end")
    return request_id.get()


async def main():
    log("main before")
    results = await asyncio.gather(handle("r1", 0.02), handle("r2", 0.01))
    print(results)
    log("main after")
    token = request_id.set("main")
    log("set in main")
    request_id.reset(token)
    log("reset")
    ctx = contextvars.copy_context()
    print(ctx.run(lambda: request_id.get()), request_id.name, len(list(ctx.items())) >= 0)


asyncio.run(main())
