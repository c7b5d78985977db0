# print_it starts a follow-up task from inside the callback
import asyncio

follow_ups = []

async def worker(n):
    await asyncio.sleep(0.02)
    return n

async def follow_up(value):
    await asyncio.sleep(0.01)
    print('follow-up for', value)
    return value * 10

def print_it(task):
    print('print_it result:', task.result())
    follow_ups.append(asyncio.ensure_future(follow_up(task.result())))

async def main():
    tasks = [asyncio.create_task(worker(n)) for n in (1, 2)]
    for t in tasks:
        t.add_done_callback(print_it)
    await asyncio.gather(*tasks)
    print('follow-ups created:', len(follow_ups))
    print(await asyncio.gather(*follow_ups))

asyncio.run(main())
