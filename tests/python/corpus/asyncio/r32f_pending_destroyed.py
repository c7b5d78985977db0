# Wrong version: stopping run_forever and closing the loop with a task still pending
import asyncio

async def worker():
    print("worker starts")
    await asyncio.sleep(10)
    print("never printed")

loop = asyncio.new_event_loop()
loop.create_task(worker(), name="orphan")
loop.call_later(0.02, loop.stop)
loop.run_forever()
loop.close()
print("loop closed")
