import asyncio

async def fetch(name, delay, fail=False):
    await asyncio.sleep(delay)
    if fail:
        raise ConnectionError(f"{name}: connection refused")
    print(name, "ok")
    return name

async def main():
    async with asyncio.TaskGroup() as tg:
        tg.create_task(fetch("users", 0.01))
        tg.create_task(fetch("orders", 0.02, fail=True))
        tg.create_task(fetch("stock", 0.5))
    print("all fetched")

asyncio.run(main())
