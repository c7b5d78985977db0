# never-retrieved exception routed through a custom exception handler (keys sorted)
import asyncio
import gc

def handler(loop, context):
    print("handler:", context['message'])
    print("  keys:", sorted(context))
    print("  exception:", repr(context['exception']))

async def bug(n):
    raise LookupError(f"not consumed {n}")

async def main():
    asyncio.get_running_loop().set_exception_handler(handler)
    t = asyncio.create_task(bug(1))
    await asyncio.sleep(0.1)
    print("dropping the task")
    del t
    gc.collect()
    print("after collect")
    fut = asyncio.get_running_loop().create_future()
    fut.set_exception(OSError("future error"))
    del fut
    gc.collect()
    print("end of main")

asyncio.run(main())
