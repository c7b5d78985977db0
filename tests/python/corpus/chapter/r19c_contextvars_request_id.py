# contextvars: a request id that follows each task (logging tutorial)
import asyncio
import contextvars

request_id = contextvars.ContextVar("request_id", default="-")

def log(msg):
    print(f"[{request_id.get()}] {msg}")

async def db_query(q):
    await asyncio.sleep(0.01)
    log(f"query {q}")

async def handle(rid, delay):
    request_id.set(rid)
    log("start")
    await asyncio.sleep(delay)
    await db_query(f"SELECT {rid}")
    log("end")
    return rid

async def main():
    log("main before")
    await asyncio.gather(handle("req-1", 0.1), handle("req-2", 0.3))
    log("main after")
    token = request_id.set("main-set")
    t = asyncio.create_task(handle("req-3", 0))
    await t
    log("still main-set")
    request_id.reset(token)
    ctx = contextvars.copy_context()
    ctx.run(request_id.set, "in ctx")
    print(ctx[request_id], request_id.get(), len([k for k in ctx if k.name == "request_id"]))

asyncio.run(main())
