# A ContextVar request id: each task sees its own value, set in the task, through nested calls
import asyncio
import contextvars

request_id = contextvars.ContextVar("request_id", default="-")

def log(msg):
    print(f"[{request_id.get()}] {msg}")

async def handle(rid, delay):
    request_id.set(rid)
    log("start")
    await asyncio.sleep(delay)
    log("end")

async def main():
    log("main before")
    await asyncio.gather(handle("req-1", 0.2), handle("req-2", 0.1))
    log("main after")

asyncio.run(main())
