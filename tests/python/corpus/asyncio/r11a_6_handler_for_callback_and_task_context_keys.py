import asyncio


def handler(loop, ctx):
    keys = sorted(k for k in ctx if k != "message")
    print(ctx["message"].split(" at ")[0], "| keys:", keys)


def cb():
    raise IndexError("bad index")


async def boom():
    raise OverflowError("too big")


async def main():
    loop = asyncio.get_running_loop()
    loop.set_exception_handler(handler)
    loop.call_soon(cb)
    fut = loop.create_future()
    fut.set_exception(LookupError("never read"))
    del fut
    t = asyncio.create_task(boom())
    await asyncio.sleep(0.01)
    del t
    await asyncio.sleep(0)


asyncio.run(main())
