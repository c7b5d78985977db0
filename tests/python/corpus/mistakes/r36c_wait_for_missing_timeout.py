# wrapping a task in wait_for without saying how long to wait
import asyncio

async def fetch():
    await asyncio.sleep(0.01)
    return {"status": 200}

async def main():
    task = asyncio.create_task(fetch())
    reply = await asyncio.wait_for(task)
    print(reply["status"])

asyncio.run(main())
