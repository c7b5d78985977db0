# Futures created by hand: callbacks, repr and the order callbacks run in.
import asyncio
import functools

def announce(tag, fut):
    print(f"{tag}: {fut.result()!r}")

async def main():
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    fut.add_done_callback(functools.partial(announce, "first"))
    fut.add_done_callback(functools.partial(announce, "second"))
    print(fut.done(), len(fut._callbacks))
    loop.call_later(0.01, fut.set_result, {"ok": True})
    print(await fut)
    print(repr(fut))
    fut.add_done_callback(functools.partial(announce, "late"))
    await asyncio.sleep(0)
    f2 = loop.create_future()
    f2.set_exception(ValueError("nope"))
    print(repr(f2))
    f2.exception()
    f3 = loop.create_future()
    f3.cancel(msg="not needed")
    print(repr(f3), f3.cancelled())
    print(asyncio.isfuture(fut), asyncio.isfuture(asyncio.sleep), fut.get_loop() is loop)

asyncio.run(main())
