import asyncio

async def slow():
    await asyncio.sleep(0.1)
    return "finished"

async def main():
    task = asyncio.create_task(slow())
    print("result:", task.result())

asyncio.run(main())
