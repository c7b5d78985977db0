# asyncio.Timeout reprs by state; a coroutine that swallows the cancel defeats timeout()
import asyncio

async def swallow():
    try:
        await asyncio.sleep(1)
    except asyncio.CancelledError:
        print("swallowed the cancel")
    return "finished anyway"

async def main():
    loop = asyncio.get_running_loop()
    t = asyncio.timeout(0.1)
    print(repr(t).split(' when=')[0])
    async with t:
        print(repr(t).split(' when=')[0], t.when() is not None)
    print(repr(t))
    try:
        async with asyncio.timeout(0.1) as t2:
            await asyncio.sleep(1)
    except TimeoutError:
        print(repr(t2))
    async with asyncio.timeout(0.1) as t3:
        r = await swallow()
    print(r, "expired:", t3.expired(), repr(t3))
    print("current task cancelling:", asyncio.current_task().cancelling())
    try:
        async with asyncio.timeout(0.1) as t4:
            async with t4:
                pass
    except RuntimeError as e:
        print("RuntimeError:", e)

asyncio.run(main())
