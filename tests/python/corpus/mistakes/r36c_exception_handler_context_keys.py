# a custom loop exception handler printing what it gets
import asyncio

def handler(loop, context):
    print("handler got:", sorted(context))
    print("message:", context["message"])
    print("exception:", repr(context.get("exception")))

async def bad():
    raise RuntimeError("background failure")

async def main():
    asyncio.get_running_loop().set_exception_handler(handler)
    t = asyncio.create_task(bad())
    await asyncio.sleep(0.01)
    del t
    await asyncio.sleep(0.01)
    print("main done")

asyncio.run(main())
