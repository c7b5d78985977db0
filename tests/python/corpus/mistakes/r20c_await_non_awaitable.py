# awaiting something that is not awaitable
import asyncio

def compute():
    return 5

async def main():
    x = await asyncio.sleep(0, 3)
    print(x)
    y = await compute()

asyncio.run(main())
