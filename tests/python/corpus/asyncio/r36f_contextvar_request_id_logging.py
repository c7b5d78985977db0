# Use a ContextVar for request ids so concurrent handlers log their own id.
import asyncio
import contextvars

request_id = contextvars.ContextVar("request_id", default="-")

def log(msg):
    print(f"[{request_id.get()}] {msg}")

async def db_query(q):
    await asyncio.sleep(0.01)
    log(f"query {q!r}")

async def handle(rid, delay):
    request_id.set(rid)
    log("start")
    await asyncio.sleep(delay)
    await db_query("SELECT 1")
    log("end")

async def main():
    log("main before")
    await asyncio.gather(handle("req-1", 0.03), handle("req-2", 0.01), handle("req-3", 0.05))
    log("main after")
    print(request_id.name, request_id.get())

asyncio.run(main())
