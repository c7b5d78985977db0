# A custom loop exception handler (for errors in callbacks / forgotten tasks)
import asyncio

def handler(loop, context):
    exc = context.get("exception")
    print("handler:", context["message"].split(" at ")[0], "|", repr(exc), "|", sorted(context))

def bad_callback():
    raise ZeroDivisionError("in callback")

async def doomed():
    raise KeyError("in task")

async def main():
    loop = asyncio.get_running_loop()
    loop.set_exception_handler(handler)
    print(loop.get_exception_handler() is handler)
    loop.call_soon(bad_callback)
    await asyncio.sleep(0.01)
    loop.call_exception_handler({"message": "custom problem"})
    t = asyncio.create_task(doomed())
    await asyncio.sleep(0.01)
    del t
    import gc; gc.collect()
    loop.set_exception_handler(None)
    print("done")

asyncio.run(main())
