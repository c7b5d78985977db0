# create_task and asyncio.run given things that are not coroutines
import asyncio

async def job():
    return 1

async def main():
    for bad in (42, "job", [1], None):
        try:
            asyncio.create_task(bad)
        except TypeError as e:
            print("TypeError:", e)
    print(await asyncio.create_task(job()))

asyncio.run(main())
asyncio.run("job()")
