import asyncio

async def fail():
    raise KeyError("missing")

async def main():
    t1 = asyncio.create_task(fail())
    t2 = asyncio.create_task(fail())
    await asyncio.sleep(0.01)
    exc = t1.exception()
    print("exception():", repr(exc))
    try:
        t2.result()
    except KeyError as e:
        print("result() raised:", repr(e), str(e))
    t3 = asyncio.create_task(fail())
    await asyncio.sleep(0)
    t3.result()

asyncio.run(main())
