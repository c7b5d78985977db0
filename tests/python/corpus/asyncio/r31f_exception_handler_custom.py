# A custom loop exception handler receives the "never retrieved" task error context
import asyncio

def handler(loop, context):
    exc = context.get("exception")
    print("handler:", context["message"].split(" at /")[0], "|", type(exc).__name__, exc)

async def boom():
    raise ValueError("lost error")

async def main():
    loop = asyncio.get_running_loop()
    loop.set_exception_handler(handler)
    print(loop.get_exception_handler() is handler)
    asyncio.create_task(boom())
    await asyncio.sleep(0.01)
    loop.call_soon(lambda: 1 / 0)
    await asyncio.sleep(0.01)
    print("main done")

asyncio.run(main())
