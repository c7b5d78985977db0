import asyncio

async def main():
    fut = asyncio.ensure_future(5)
    print(await fut)

asyncio.run(main())
