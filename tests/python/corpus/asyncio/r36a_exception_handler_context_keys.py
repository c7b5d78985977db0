# A custom loop exception handler records the context keys for a failing callback and a lost task
import asyncio

seen = []


def handler(loop, context):
    exc = context.get("exception")
    seen.append((context["message"].replace(__file__, "HERE"), sorted(context), type(exc).__name__))


def bad_callback():
    raise KeyError("cb")


async def failing():
    raise ValueError("lost")


async def main():
    loop = asyncio.get_running_loop()
    loop.set_exception_handler(handler)
    print(loop.get_exception_handler() is handler)
    loop.call_soon(bad_callback)
    t = asyncio.create_task(failing())
    await asyncio.sleep(0.01)
    del t
    import gc; gc.collect()
    await asyncio.sleep(0)
    for message, keys, name in seen:
        print(message, keys, name)


asyncio.run(main())
