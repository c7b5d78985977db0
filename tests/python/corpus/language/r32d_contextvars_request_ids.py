# contextvars to carry a request id through async tasks without passing it around
import asyncio
import contextvars

request_id = contextvars.ContextVar("request_id", default="-")
log_lines = []


def log(msg):
    log_lines.append(f"[{request_id.get()}] {msg}")


async def db_query(q):
    await asyncio.sleep(0.01)
    log(f"query {q}")


async def handle(rid, delay):
    request_id.set(rid)
    await asyncio.sleep(delay)
    log("start")
    await db_query("SELECT 1")
    log("done")


async def main():
    log("main before")
    await asyncio.gather(handle("r1", 0.1), handle("r2", 0.3))
    log("main after")
    token = request_id.set("main")
    log("with token")
    request_id.reset(token)
    ctx = contextvars.copy_context()
    print(request_id.get(), ctx.run(request_id.get), request_id.name, len(ctx) >= 0)


asyncio.run(main())
print("\n".join(log_lines))
print(request_id.get())
