import asyncio

async def job(n):
    return n

async def main():
    async with asyncio.TaskGroup() as tg:
        tg.create_task(job(1))
    late = tg.create_task(job(2))
    print(await late)

asyncio.run(main())
