# contextvars: each request task sees its own request id, even through nested calls
import asyncio
import contextvars

request_id = contextvars.ContextVar("request_id", default="-")

def log(msg):
    print(f"[{request_id.get()}] {msg}")

async def db_call():
    await asyncio.sleep(0.01)
    log("db call done")

async def handle(rid, delay):
    token = request_id.set(rid)
    log("start")
    await asyncio.sleep(delay)
    await db_call()
    request_id.reset(token)
    log("after reset")

async def main():
    log("main before")
    await asyncio.gather(handle("req-1", 0.02), handle("req-2", 0.15))
    log("main after")
    print(request_id.name)
    print(repr(request_id.get()))

asyncio.run(main())
