import asyncio


async def step(n):
    await asyncio.sleep(0)
    try:
        raise ValueError(f"step {n} failed")
    except ValueError as e:
        e.add_note(f"hint: retry step {n} with --force")
        raise


async def main():
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(step(1))
            tg.create_task(step(2))
    except* ValueError as eg:
        eg.add_note("2 steps failed in the pipeline")
        raise


asyncio.run(main())
