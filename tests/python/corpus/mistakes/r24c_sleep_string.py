import asyncio

async def wait_for_user(seconds):
    print("waiting", seconds, "seconds")
    await asyncio.sleep(seconds)
    print("done waiting")

async def main():
    await wait_for_user("0.1")

asyncio.run(main())
