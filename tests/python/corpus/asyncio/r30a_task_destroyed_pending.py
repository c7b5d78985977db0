# A loop closed with a task still pending: "Task was destroyed but it is pending!"
import asyncio

async def forever():
    print("forever starts")
    await asyncio.Event().wait()

async def kick():
    asyncio.ensure_future(forever())
    await asyncio.sleep(0.01)
    return "kicked"

loop = asyncio.new_event_loop()
print(loop.run_until_complete(kick()))
loop.close()
print("loop closed")
