import asyncio


def handler(loop, context):
    exc = context.get("exception")
    print("HANDLER:", context["message"].split(" at /")[0], "|", type(exc).__name__, exc)


def bad_callback():
    raise ValueError("callback blew up")


async def failing():
    raise KeyError("lost")


async def main():
    loop = asyncio.get_running_loop()
    loop.set_exception_handler(handler)
    print(loop.get_exception_handler() is handler)
    loop.call_soon(bad_callback)
    t = asyncio.create_task(failing())
    await asyncio.sleep(0.01)
    del t
    import gc; gc.collect()
    await asyncio.sleep(0.01)
    print("main finished")


asyncio.run(main())
