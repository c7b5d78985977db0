# call_soon/call_later callbacks capture the context at scheduling time, not when they run
import asyncio
import contextvars

request_id = contextvars.ContextVar("request_id", default="-")


def log(label):
    print(label, "request_id =", request_id.get())


async def main():
    loop = asyncio.get_running_loop()
    request_id.set("r1")
    loop.call_later(0.02, log, "later scheduled under r1")
    request_id.set("r2")
    loop.call_soon(log, "soon scheduled under r2")
    ctx = contextvars.Context()
    loop.call_soon(log, "soon with an empty context", context=ctx)
    request_id.set("r3")
    await asyncio.sleep(0.05)
    log("main now")


asyncio.run(main())
