# Install a loop exception handler and print which keys the context has for a failing callback.
import asyncio

def handler(loop, context):
    print("handler keys:", sorted(context))
    print("message:", context["message"].split(" at ")[0])
    exc = context.get("exception")
    print("exception:", type(exc).__name__, exc)

def bad_callback():
    raise RuntimeError("callback blew up")

async def main():
    loop = asyncio.get_running_loop()
    loop.set_exception_handler(handler)
    print(loop.get_exception_handler() is handler)
    loop.call_soon(bad_callback)
    await asyncio.sleep(0.01)
    loop.call_exception_handler({"message": "manual report", "detail": 42})
    loop.set_exception_handler(None)
    loop.call_exception_handler({"message": "default handler now"})
    print("main done")

asyncio.run(main())
