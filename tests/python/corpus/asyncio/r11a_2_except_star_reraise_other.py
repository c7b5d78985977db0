import asyncio


async def bad(n):
    await asyncio.sleep(0.1 * n)
    raise ValueError(f"bad {n}")


async def main():
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(bad(1))
            tg.create_task(bad(2))
    except* ValueError as eg:
        print("handling", len(eg.exceptions), "ValueErrors")
        raise RuntimeError("could not recover") from eg


asyncio.run(main())
