# call_soon and add_done_callback with an explicit context= run the callback inside that Context
import asyncio
import contextvars

lang = contextvars.ContextVar("lang", default="en")


def show(tag, *args):
    print(tag, lang.get())


async def main():
    loop = asyncio.get_running_loop()
    ctx = contextvars.Context()
    ctx.run(lang.set, "fr")
    loop.call_soon(show, "call_soon default:")
    loop.call_soon(show, "call_soon ctx:", context=ctx)
    lang.set("de")
    loop.call_soon(show, "call_soon after set:")
    fut = loop.create_future()
    fut.add_done_callback(lambda f: show("done cb ctx:"), context=ctx)
    fut.add_done_callback(lambda f: show("done cb default:"))
    fut.set_result(None)
    await asyncio.sleep(0)
    print("ctx still has", ctx[lang], "main has", lang.get())


asyncio.run(main())
