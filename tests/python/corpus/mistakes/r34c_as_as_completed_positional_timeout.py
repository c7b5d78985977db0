# Passing the timeout to as_completed positionally
import asyncio

async def job(d):
    await asyncio.sleep(d)
    return d

async def main():
    for fut in asyncio.as_completed([job(0.02), job(0.01)], 1):
        print(await fut)

asyncio.run(main())
