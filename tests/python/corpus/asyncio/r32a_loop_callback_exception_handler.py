# An exception in a call_soon callback goes to the loop's exception handler
import asyncio

def broken():
    raise ValueError("callback broke")

def handler(loop, context):
    print("handler got:", sorted(context))
    print("message:", context["message"].split(" at ")[0])
    print("exception:", repr(context["exception"]))

async def main():
    loop = asyncio.get_running_loop()
    loop.set_exception_handler(handler)
    loop.call_soon(broken)
    await asyncio.sleep(0.01)
    print("loop still running")

asyncio.run(main())
