import asyncio
import functools

def cb(label, fut):
    print("callback", label, "sees", fut.result())

async def main():
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    for label in "abc":
        fut.add_done_callback(functools.partial(cb, label))
    loop.call_soon(print, "call_soon scheduled before set_result")
    fut.set_result("value")
    loop.call_soon(print, "call_soon scheduled after set_result")
    print("set_result returned; callbacks not run yet")
    await asyncio.sleep(0)
    print("after sleep(0)")
    fut.add_done_callback(functools.partial(cb, "late"))
    await asyncio.sleep(0)
    print("end")

asyncio.run(main())
