import asyncio

async def save(data):
    await asyncio.sleep(0.2)
    print("saved", data)

async def main():
    task = asyncio.create_task(save("doc"))
    try:
        await asyncio.wait_for(asyncio.shield(task), 0.1)
    except TimeoutError:
        print("timeout, but save continues")
    await task
    print("all saved")

asyncio.run(main())
