import asyncio


def handler(loop, context):
    exc = context["exception"]
    print("ERROR:", context["message"].split(" at ")[0], "->", type(exc).__name__, exc)


async def worker(n):
    await asyncio.sleep(0)
    return 10 / n


async def main():
    loop = asyncio.get_running_loop()
    loop.set_exception_handler(handler)
    t = loop.create_task(worker(0))
    await asyncio.sleep(0.01)
    del t
    loop.call_soon(print, "tick")
    loop.call_soon(lambda: [].pop())
    await asyncio.sleep(0.01)
    fut = loop.create_future()
    fut.set_exception(ValueError("lost"))
    del fut
    await asyncio.sleep(0.01)
    loop.call_exception_handler({"message": "custom event"})
    print("end")


asyncio.run(main())
