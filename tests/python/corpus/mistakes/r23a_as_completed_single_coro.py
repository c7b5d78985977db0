import asyncio

async def job(n):
    await asyncio.sleep(0.01)
    return n

async def main():
    for fut in asyncio.as_completed(job(1)):
        print(await fut)

asyncio.run(main())
