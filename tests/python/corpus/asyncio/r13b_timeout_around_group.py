import asyncio

async def job(name, delay):
    try:
        await asyncio.sleep(delay)
        print(name, "done")
        return name
    except asyncio.CancelledError:
        print(name, "cancelled")
        raise

async def main():
    try:
        async with asyncio.timeout(0.05):
            async with asyncio.TaskGroup() as tg:
                tg.create_task(job("fast", 0.01))
                tg.create_task(job("medium", 0.03))
                tg.create_task(job("slow", 1))
    except TimeoutError:
        print("group timed out")
    print("after")

asyncio.run(main())
