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

async def main():
    log("main before")
    await asyncio.gather(handle("req-1", 0.02), handle("req-2", 0.01))
    log("main after")
    request_id.set("main")
    await asyncio.create_task(handle("req-3", 0))
    log("main still")

asyncio.run(main())
