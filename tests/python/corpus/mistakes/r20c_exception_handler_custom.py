# custom loop exception handler receives context
import asyncio

def handler(loop, ctx):
    print("handler:", ctx["message"].split(" at ")[0], type(ctx.get("exception")).__name__)

def bad():
    raise OSError("disk")

async def main():
    loop = asyncio.get_running_loop()
    loop.set_exception_handler(handler)
    loop.call_soon(bad)
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    print("ok")

asyncio.run(main())
