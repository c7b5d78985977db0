import asyncio

async def boom():
    await asyncio.sleep(0)
    raise OSError("boom")

async def later():
    await asyncio.sleep(1)

async def main():
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(boom())
            await asyncio.sleep(0.01)
            coro = later()
            try:
                tg.create_task(coro)
            except RuntimeError as e:
                print("RuntimeError:", e)
                coro.close()
    except* OSError as eg:
        print("group:", eg.exceptions)

asyncio.run(main())
