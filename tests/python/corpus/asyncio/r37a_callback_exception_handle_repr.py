# Errors in call_soon and done callbacks are logged with the handle; the loop keeps going
import asyncio
import functools


def divide(a, b):
    return a / b


async def main():
    loop = asyncio.get_running_loop()
    loop.call_soon(divide, 1, 0)
    loop.call_soon(functools.partial(divide, 2, b=0))
    fut = loop.create_future()
    fut.add_done_callback(lambda f: f.result().missing)
    fut.set_result("text")
    await asyncio.sleep(0.05)
    print("loop survived")


asyncio.run(main())
