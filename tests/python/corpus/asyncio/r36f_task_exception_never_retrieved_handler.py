# A task fails but nobody awaits it; a custom exception handler reports it instead of the default log.
import asyncio
import gc

def handler(loop, context):
    exc = context.get("exception")
    print("HANDLER:", context["message"], "->", repr(exc))

async def fails():
    await asyncio.sleep(0.01)
    raise KeyError("user_id")

async def main():
    asyncio.get_running_loop().set_exception_handler(handler)
    t = asyncio.create_task(fails())
    await asyncio.sleep(0.05)
    print("task done:", t.done())
    del t
    gc.collect()
    await asyncio.sleep(0)
    print("main finished")

asyncio.run(main())
