import asyncio

async def step(kind):
    await asyncio.sleep(0)
    raise {"v": ValueError, "k": KeyError, "t": TypeError}[kind](kind)

async def main():
    try:
        async with asyncio.TaskGroup() as tg:
            for k in "vkt":
                tg.create_task(step(k))
    except* ValueError:
        print("handled the ValueError only")

asyncio.run(main())
