import asyncio


def resolve(fut, value):
    if not fut.done():
        fut.set_result(value)


async def main():
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    print("pending:", fut.done())
    loop.call_later(0.02, resolve, fut, 42)
    loop.call_later(0.04, resolve, fut, 99)
    value = await fut
    print("value:", value, fut.result())
    fut2 = loop.create_future()
    loop.call_later(0.01, fut2.set_exception, LookupError("missing key"))
    try:
        await fut2
    except LookupError as e:
        print("fut2 raised", repr(e))
    await asyncio.sleep(0.04)


asyncio.run(main())
