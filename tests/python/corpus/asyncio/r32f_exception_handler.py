# A custom loop exception handler catches an error in a fire-and-forget task's callback
import asyncio
import os

HERE = os.path.dirname(os.path.abspath(__file__)) + os.sep

def handler(loop, context):
    exc = context.get("exception")
    print("handler got:", context["message"].replace(HERE, ""), "|", repr(exc))

def bad_callback():
    raise ValueError("callback exploded")

async def main():
    loop = asyncio.get_running_loop()
    loop.set_exception_handler(handler)
    loop.call_soon(bad_callback)
    await asyncio.sleep(0.01)
    print("handler set:", loop.get_exception_handler() is handler)
    loop.call_exception_handler({"message": "custom report"})
    loop.set_exception_handler(None)
    print("still running")

asyncio.run(main())
