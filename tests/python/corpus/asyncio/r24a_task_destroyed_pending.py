import asyncio
import gc

async def waits_forever(fut):
    await fut

async def main():
    loop = asyncio.get_running_loop()
    t = asyncio.ensure_future(waits_forever(loop.create_future()))
    await asyncio.sleep(0)
    return "main done"

loop = asyncio.new_event_loop()
print(loop.run_until_complete(main()))
print("pending tasks:", len(asyncio.all_tasks(loop)))
loop.close()
print("closed:", loop.is_closed())
gc.collect()
print("end")
