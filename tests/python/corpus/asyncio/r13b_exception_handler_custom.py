import asyncio

def handler(loop, context):
    exc = context.get("exception")
    print("handler:", context["message"].split(" at ")[0], "|", type(exc).__name__, exc)

def bad_callback():
    raise RuntimeError("callback failed")

async def main():
    loop = asyncio.get_running_loop()
    loop.set_exception_handler(handler)
    print(loop.get_exception_handler() is handler)
    loop.call_soon(bad_callback)
    await asyncio.sleep(0.01)
    loop.call_exception_handler({"message": "custom report"})
    loop.set_exception_handler(None)
    loop.call_soon(bad_callback)
    await asyncio.sleep(0.01)
    print("still running")

asyncio.run(main())
