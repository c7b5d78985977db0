# loop.stop() during run_until_complete: "Event loop stopped before Future completed."
import asyncio

async def long_job():
    await asyncio.sleep(1)

loop = asyncio.new_event_loop()
loop.call_later(0.02, loop.stop)
try:
    loop.run_until_complete(long_job())
except RuntimeError as e:
    print("RuntimeError:", e)
for t in asyncio.all_tasks(loop):
    t.cancel()
    print("cancelling", t.get_name())
loop.run_until_complete(asyncio.sleep(0))
loop.close()
