# ensure_future on the result of a plain function
import asyncio

def compute():
    return 42

async def main():
    fut = asyncio.ensure_future(compute())
    print(await fut)

asyncio.run(main())
