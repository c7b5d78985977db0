import asyncio

async def job(n):
    await asyncio.sleep(0)
    return n

async def main():
    with asyncio.TaskGroup() as tg:
        tg.create_task(job(1))
    print("all done")

asyncio.run(main())
