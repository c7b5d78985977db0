# all_tasks(loop) of a loop that is not running lists its pending tasks; without a loop it fails
import asyncio


async def wait_a_bit(n):
    await asyncio.sleep(0.01 * n)
    return n


loop = asyncio.new_event_loop()
tasks = [loop.create_task(wait_a_bit(n), name=f"w{n}") for n in (1, 20)]
print(sorted(t.get_name() for t in asyncio.all_tasks(loop)))
loop.run_until_complete(tasks[0])
print(sorted(t.get_name() for t in asyncio.all_tasks(loop)))
loop.run_until_complete(tasks[1])
print(asyncio.all_tasks(loop))
loop.close()
asyncio.all_tasks()
