# An exception handler that raises: "Unhandled error in exception handler"
import asyncio

def bad_handler(loop, ctx):
    print("handler called with:", ctx["message"].split(" at ")[0])
    raise TypeError("handler is broken too")

def cb():
    raise KeyError("in callback")

async def main():
    loop = asyncio.get_running_loop()
    loop.set_exception_handler(bad_handler)
    loop.call_soon(cb)
    await asyncio.sleep(0.01)
    print("survived")

asyncio.run(main())
