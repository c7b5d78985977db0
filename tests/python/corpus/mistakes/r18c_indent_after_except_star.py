import asyncio


async def job(n):
    await asyncio.sleep(0)
    if n == 2:
        raise ValueError(n)


async def main():
    try:
        async with asyncio.TaskGroup() as tg:
            for n in range(3):
                tg.create_task(job(n))
    except* ValueError as eg:
    # TODO: report the failed jobs
    print("done")


asyncio.run(main())
