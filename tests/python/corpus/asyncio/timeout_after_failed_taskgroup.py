import asyncio

async def boom():
    await asyncio.sleep(0.1)
    raise KeyError("boom")

async def main():
    me = asyncio.current_task()
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(boom())
            tg.create_task(asyncio.sleep(1))
    except* KeyError:
        print("group failed; cancelling() =", me.cancelling())
    try:
        async with asyncio.timeout(0.2):
            await asyncio.sleep(1)
    except TimeoutError:
        print("timeout still raised TimeoutError; cancelling() =", me.cancelling())
    try:
        async with asyncio.timeout(0.2) as cm:
            async with asyncio.timeout(0.5):
                await asyncio.sleep(1)
    except TimeoutError:
        print("outer timeout:", cm.expired())

asyncio.run(main())
