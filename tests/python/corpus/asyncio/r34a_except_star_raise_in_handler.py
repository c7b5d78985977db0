# Raising a new error inside an except* handler of a TaskGroup failure: the traceback shows both groups
import asyncio


async def call(service):
    await asyncio.sleep(0.01)
    raise ConnectionRefusedError(f"{service} refused")


async def main():
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(call("db"))
            tg.create_task(call("cache"))
    except* ConnectionError as eg:
        names = sorted(str(e) for e in eg.exceptions)
        raise RuntimeError(f"startup failed: {names}")


asyncio.run(main())
