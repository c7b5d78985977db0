# A custom exception handler sees each kind of context: a callback error, a never-retrieved future, a direct call
import asyncio
import gc


def handler(loop, context):
    keys = sorted(k for k in context if k != "source_traceback")
    exc = context.get("exception")
    print("handler:", context["message"].split(" at ")[0], "|", keys, "|", type(exc).__name__ if exc else None)


def bad_callback():
    raise LookupError("from callback")


async def main():
    loop = asyncio.get_running_loop()
    loop.set_exception_handler(handler)
    print(loop.get_exception_handler() is handler)
    loop.call_soon(bad_callback)
    await asyncio.sleep(0)
    fut = loop.create_future()
    fut.set_exception(OSError("lost"))
    del fut
    gc.collect()
    loop.call_exception_handler({"message": "manual report", "detail": 42})
    await asyncio.sleep(0)
    loop.set_exception_handler(None)
    print(loop.get_exception_handler())


asyncio.run(main())
