# Swap in a handler, then set it back to None so the default handler logs the next error
import asyncio


def quiet(loop, context):
    print("quiet handler:", context["message"].replace(__file__, "HERE"), repr(context.get("exception")))


def boom(tag):
    raise RuntimeError(f"boom {tag}")


async def main():
    loop = asyncio.get_running_loop()
    loop.set_exception_handler(quiet)
    loop.call_soon(boom, 1)
    await asyncio.sleep(0)
    loop.set_exception_handler(None)
    print("handler now:", loop.get_exception_handler())
    loop.call_soon(boom, 2)
    await asyncio.sleep(0)
    try:
        loop.set_exception_handler("not callable")
    except TypeError as e:
        print("TypeError:", e)


asyncio.run(main())
