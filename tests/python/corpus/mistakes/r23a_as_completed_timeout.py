import asyncio

async def job(n):
    await asyncio.sleep(n)
    return n

async def main():
    for fut in asyncio.as_completed([job(0.01), job(0.5)], timeout=0.1):
        result = await fut
        print("got", result)

asyncio.run(main())
