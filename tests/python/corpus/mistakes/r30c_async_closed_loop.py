# Running a coroutine on a loop that was already closed.
import asyncio

async def job():
    return "ran"

loop = asyncio.new_event_loop()
print(loop.run_until_complete(job()))
loop.close()
print("closed:", loop.is_closed())
loop.run_until_complete(job())
