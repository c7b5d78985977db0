# The pre-3.7 way: run_until_complete, cancel all_tasks(), gather them, shutdown_asyncgens, close
import asyncio
async def worker():
    await asyncio.sleep(10)
async def main():
    asyncio.get_running_loop().create_task(worker(), name='w')
    await asyncio.sleep(0)
loop = asyncio.new_event_loop()
asyncio.set_event_loop(loop)
loop.run_until_complete(main())
pending = asyncio.all_tasks(loop)
print([t.get_name() for t in pending])
for t in pending:
    t.cancel()
print(loop.run_until_complete(asyncio.gather(*pending, return_exceptions=True)))
loop.run_until_complete(loop.shutdown_asyncgens())
loop.close()
print(loop.is_closed())
