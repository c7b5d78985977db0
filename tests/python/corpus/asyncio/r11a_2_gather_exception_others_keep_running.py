import asyncio


async def ok(n):
    await asyncio.sleep(0.2)
    print(f"ok({n}) finished anyway")
    return n


async def boom():
    await asyncio.sleep(0.1)
    raise RuntimeError("boom")


async def main():
    try:
        await asyncio.gather(ok(1), boom(), ok(2))
    except RuntimeError as e:
        print("gather raised:", e)
    print("tasks still alive:", len(asyncio.all_tasks()) - 1)
    await asyncio.sleep(0.2)
    print("tasks now:", len(asyncio.all_tasks()) - 1)


asyncio.run(main())
