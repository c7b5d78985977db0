# An async generator left suspended at the end of asyncio.run whose finally raises during shutdown
import asyncio


def handler(loop, context):
    print("handler:", context["message"].split(" <")[0])
    exc = context["exception"]
    print("  exception:", repr(exc), "context:", repr(exc.__context__))


async def stream():
    try:
        yield 1
        yield 2
    finally:
        print("stream finally running")
        raise RuntimeError("cleanup exploded")


async def main():
    global keep
    asyncio.get_running_loop().set_exception_handler(handler)
    keep = stream()
    print("first:", await keep.__anext__())
    print("main returns, generator still suspended")


asyncio.run(main())
print("after run")
