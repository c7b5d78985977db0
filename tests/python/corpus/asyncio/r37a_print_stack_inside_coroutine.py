# traceback.print_stack() and inspect.stack() from inside nested coroutines and a call_soon callback
import asyncio
import inspect
import traceback


def own_frames():
    return [f.function for f in inspect.stack() if f.filename == __file__]


async def inner():
    await asyncio.sleep(0)
    traceback.print_stack(limit=3)
    return own_frames()


async def outer():
    return await inner()


def callback(fut):
    fut.set_result(own_frames())


async def main():
    print(await outer())
    print(await asyncio.create_task(outer()))
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    loop.call_soon(callback, fut)
    print(await fut)


asyncio.run(main())
