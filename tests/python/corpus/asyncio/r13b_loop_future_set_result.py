import asyncio

async def set_after(fut, delay, value):
    await asyncio.sleep(delay)
    fut.set_result(value)

async def main():
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    loop.create_task(set_after(fut, 0.02, "... world"))
    print("hello ...")
    print(await fut)
    try:
        fut.set_result("again")
    except asyncio.InvalidStateError as e:
        print("InvalidStateError:", e)
    f2 = loop.create_future()
    loop.call_soon(f2.set_exception, ZeroDivisionError("boom"))
    try:
        await f2
    except ZeroDivisionError as e:
        print("awaited exception:", e)
    f3 = loop.create_future()
    f3.cancel("reason")
    try:
        await f3
    except asyncio.CancelledError as e:
        print("cancelled with", e.args)

asyncio.run(main())
