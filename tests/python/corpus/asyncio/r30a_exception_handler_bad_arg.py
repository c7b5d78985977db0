# set_exception_handler wants a callable or None; the handler gets the loop itself
import asyncio

async def main():
    loop = asyncio.get_running_loop()
    try:
        loop.set_exception_handler("print it")
    except TypeError as e:
        print("TypeError:", e)
    loop.set_exception_handler(lambda lp, ctx: print("handler:", lp is loop, ctx["message"]))
    fut = loop.create_future()
    fut.set_exception(RuntimeError("lost"))
    del fut
    await asyncio.sleep(0)
    print("end of main")

asyncio.run(main())
