import asyncio

async def worker():
    await asyncio.sleep(1)
    print("worker done")

async def main():
    async with asyncio.TaskGroup() as tg:
        tg.create_task(worker())
        config = {"workers": 2}
        print("extra workers:", config["extra"])

asyncio.run(main())
