import asyncio

async def fails():
    await asyncio.sleep(0.01)
    raise ValueError("inner failure")

async def main():
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(fails())
            tg.create_task(asyncio.sleep(1))
    except* ValueError as eg:
        print("ValueError group:", [str(e) for e in eg.exceptions])
    except* asyncio.CancelledError:
        print("never: children's cancels are not collected")

asyncio.run(main())
