import asyncio

async def quick():
    await asyncio.sleep(0.01)
    return "quick"

async def fails():
    await asyncio.sleep(0.01)
    raise OSError("disk full")

async def main():
    print(await asyncio.wait_for(quick(), timeout=None))
    print(await asyncio.wait_for(quick(), 1))
    try:
        await asyncio.wait_for(fails(), timeout=1)
    except OSError as e:
        print("inner error passes through:", e)
    try:
        await asyncio.wait_for(quick(), timeout=0)
    except asyncio.TimeoutError:
        print("timeout=0 -> TimeoutError")
    fut = asyncio.get_running_loop().create_future()
    fut.set_result("already")
    print(await asyncio.wait_for(fut, timeout=0))
    t = asyncio.create_task(asyncio.sleep(1))
    try:
        await asyncio.wait_for(t, 0.01)
    except TimeoutError:
        print("task cancelled by wait_for:", t.cancelled())

asyncio.run(main())
