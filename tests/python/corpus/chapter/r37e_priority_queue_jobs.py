# a PriorityQueue of jobs; one worker always picks the most urgent one first
import asyncio

async def worker(queue):
    while not queue.empty():
        priority, name = await queue.get()
        await asyncio.sleep(0.01)
        print(f'did {name} (priority {priority})')
        queue.task_done()

async def main():
    queue = asyncio.PriorityQueue()
    for item in [(3, 'laundry'), (1, 'fire'), (2, 'email'), (1, 'bleeding'), (5, 'nap')]:
        await queue.put(item)
    print('size', queue.qsize())
    await worker(queue)
    print('size', queue.qsize())

asyncio.run(main())
