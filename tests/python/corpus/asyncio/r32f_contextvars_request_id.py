# contextvars for a request id that each task sees separately, used by a log helper
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
    return rid

async def main():
    log("main before")
    results = await asyncio.gather(handle("req-1", 0.03), handle("req-2", 0.01), handle("req-3", 0.02))
    log("main after")
    print(results)
    token = request_id.set("main-id")
    log("in main")
    request_id.reset(token)
    log("reset")
    print(request_id.name)

asyncio.run(main())
