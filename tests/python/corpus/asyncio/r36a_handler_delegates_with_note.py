# A custom handler adds a note to the exception and hands the context to the default handler
import asyncio


def handler(loop, context):
    exc = context.get("exception")
    if exc is not None:
        exc.add_note("seen by custom handler")
    context = dict(context, message="custom: " + context["message"].split(" at ")[0])
    context.pop("handle", None)
    loop.default_exception_handler(context)


def explode():
    raise LookupError("no such key")


async def main():
    loop = asyncio.get_running_loop()
    loop.set_exception_handler(handler)
    loop.call_soon(explode)
    await asyncio.sleep(0)
    print("main finished")


asyncio.run(main())
