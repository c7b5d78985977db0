import asyncio

cleaned = []


async def long_job(name):
    try:
        await asyncio.sleep(1)
    finally:
        cleaned.append(name)


async def bad_job():
    await asyncio.sleep(0.01)
    raise OSError("disk full")


async def main():
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(long_job("indexer"))
            tg.create_task(long_job("thumbnailer"))
            tg.create_task(bad_job())
    except ExceptionGroup as eg:
        print("caught:", eg)
        print("inner:", [repr(e) for e in eg.exceptions])
    print("cleanup ran for:", sorted(cleaned))


asyncio.run(main())
