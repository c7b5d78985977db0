import asyncio


async def main():
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    try:
        await asyncio.wait_for(fut, timeout=0.05)
    except TimeoutError:
        print("timed out; future cancelled:", fut.cancelled())
    fut2 = loop.create_future()
    loop.call_later(0.01, fut2.set_result, "just in time")
    print(await asyncio.wait_for(fut2, timeout=0.2))


asyncio.run(main())
