# timeout_at with a deadline already in the past still lets the block start
import asyncio

async def main():
    loop = asyncio.get_running_loop()
    ran = []
    try:
        async with asyncio.timeout_at(loop.time() - 1):
            ran.append("body started")
            await asyncio.sleep(0)
            ran.append("after first await")
    except TimeoutError:
        print("TimeoutError raised")
    print(ran)

asyncio.run(main())
