# asyncio.all_tasks(loop) from outside the running loop, old style, and current_task inside.
import asyncio


async def job(n):
    await asyncio.sleep(0.05 * n)
    return n


async def main():
    print('current:', asyncio.current_task().get_name())
    print('names:', sorted(t.get_name() for t in asyncio.all_tasks()))


loop = asyncio.new_event_loop()
try:
    tasks = [loop.create_task(job(n), name=f'job{n}') for n in (1, 2)]
    print(sorted(t.get_name() for t in asyncio.all_tasks(loop)))
    loop.run_until_complete(loop.create_task(main(), name='main'))
    loop.run_until_complete(asyncio.wait(tasks))
    print(len(asyncio.all_tasks(loop)))
finally:
    loop.close()
