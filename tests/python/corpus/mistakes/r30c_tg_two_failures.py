# A TaskGroup where two tasks fail, left uncaught.
import asyncio

async def fetch(name, delay, fail):
    await asyncio.sleep(delay)
    if fail:
        raise ConnectionError(f"{name} unreachable")
    print(name, "ok")
    return name

async def main():
    async with asyncio.TaskGroup() as tg:
        tg.create_task(fetch("alpha", 0.01, False))
        tg.create_task(fetch("beta", 0.02, True))
        tg.create_task(fetch("gamma", 0.02, True))
    print("never printed")

asyncio.run(main())
