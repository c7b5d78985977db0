# as_completed(timeout=) raises TimeoutError; the tasks it gave up on go on and finish.
import asyncio

async def work(n):
    await asyncio.sleep(n / 10)
    print('work', n, 'finished')
    return n

async def main():
    tasks = [asyncio.create_task(work(n)) for n in (1, 3, 4)]
    try:
        for aw in asyncio.as_completed(tasks, timeout=0.2):
            print('got', await aw)
    except TimeoutError as e:
        print('TimeoutError', e.args)
    print('pending:', [t.done() for t in tasks])
    await asyncio.sleep(0.4)
    print('later:', [t.result() for t in tasks])

asyncio.run(main())
