import asyncio

def handler(loop, context):
    print("handler called")
    for key in sorted(context):
        print("  key:", key)
    print("  message:", context["message"].split(" at ")[0])
    exc = context.get("exception")
    print("  exception:", repr(exc))

async def fails():
    raise ZeroDivisionError("division by zero in task")

def cb():
    raise IndexError("from call_soon")

async def main():
    loop = asyncio.get_running_loop()
    loop.set_exception_handler(handler)
    loop.call_soon(cb)
    await asyncio.sleep(0.01)
    t = asyncio.create_task(fails())
    await asyncio.sleep(0.01)
    del t
    import gc; gc.collect()
    await asyncio.sleep(0.01)
    print("handler is ours:", loop.get_exception_handler() is handler)

asyncio.run(main())
