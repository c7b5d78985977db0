# A custom exception handler sees the "never retrieved" context: its keys and message
import asyncio
import gc

def handler(loop, ctx):
    print("keys:", sorted(ctx))
    print("message:", ctx["message"])
    print("exception:", repr(ctx["exception"]))
    print("future name:", ctx["future"].get_name())

async def fails():
    raise IndexError("out of range")

async def main():
    asyncio.get_running_loop().set_exception_handler(handler)
    t = asyncio.create_task(fails(), name="lost")
    await asyncio.sleep(0.01)
    del t
    gc.collect()
    print("main done")

asyncio.run(main())
