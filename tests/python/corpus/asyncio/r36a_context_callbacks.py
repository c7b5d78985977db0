# call_soon(context=...) and add_done_callback(context=...) run callbacks in a chosen context
import asyncio
import contextvars

request = contextvars.ContextVar("request", default="none")


def show(label):
    print(label, request.get())


async def main():
    loop = asyncio.get_running_loop()
    request.set("main-request")
    other = contextvars.Context()
    other.run(request.set, "other-request")
    loop.call_soon(show, "call_soon default:")
    loop.call_soon(show, "call_soon other:", context=other)
    fut = loop.create_future()
    fut.add_done_callback(lambda f: show("done cb default:"))
    fut.add_done_callback(lambda f: show("done cb other:"), context=other)
    request.set("changed-later")
    fut.set_result(None)
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    print("main sees", request.get(), "other has", other[request])


asyncio.run(main())
