# A task made on a loop that was closed.
import asyncio

async def job():
    print("job")

loop = asyncio.new_event_loop()
loop.close()
loop.create_task(job())
