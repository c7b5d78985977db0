# A custom exception handler that prints the context keys each kind of error brings
import asyncio


def handler(loop, context):
    keys = sorted(context)
    exc = context.get("exception")
    print("handler:", context["message"].split(" at ")[0], "|", keys, "|", repr(exc))


def bad_callback():
    raise ZeroDivisionError("in callback")


async def failing():
    raise KeyError("never retrieved")


async def main():
    loop = asyncio.get_running_loop()
    loop.set_exception_handler(handler)
    loop.call_soon(bad_callback)
    await asyncio.sleep(0.01)
    t = asyncio.create_task(failing())
    await asyncio.sleep(0.01)
    del t
    import gc; gc.collect()
    loop.call_exception_handler({"message": "custom report", "detail": 42})
    print("handler is set:", loop.get_exception_handler() is handler)


asyncio.run(main())
