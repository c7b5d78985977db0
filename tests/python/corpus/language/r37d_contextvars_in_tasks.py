# Request-scoped values with contextvars: each task sees its own copy, Token reset, copy_context().run.
import asyncio
import contextvars

request_id = contextvars.ContextVar("request_id", default="-")
user = contextvars.ContextVar("user")

def log(msg):
    print(f"[{request_id.get()}|{user.get('anon')}] {msg}")

async def handle(rid, name, delay):
    request_id.set(rid)
    if name:
        user.set(name)
    await asyncio.sleep(delay)
    log("handled")
    return request_id.get()

async def main():
    log("start")
    results = await asyncio.gather(handle("r1", "ann", 0.03), handle("r2", None, 0.01), handle("r3", "cid", 0.02))
    print(results)
    log("after gather")
    token = request_id.set("main")
    log("set in main")
    request_id.reset(token)
    log("reset")
    ctx = contextvars.copy_context()
    ctx.run(request_id.set, "inside-ctx")
    print(ctx[request_id], request_id.get(), request_id in ctx, len([v for v in ctx if v is user]))
    print(repr(request_id.name), type(token).__name__, token.var is request_id, token.old_value)
    try:
        user.get()
    except LookupError as e:
        print("LookupError", type(e).__name__)
    request_id.reset("not a token")

asyncio.run(main())
