# wait_for times out a slow worker; the TimeoutError is not caught
import asyncio

async def slow_download():
    print("downloading")
    await asyncio.sleep(1)
    return "data"

async def main():
    data = await asyncio.wait_for(slow_download(), timeout=0.1)
    print(data)

asyncio.run(main())
