# module-level Lock and Event used by two asyncio.run calls: which ones get bound
import asyncio

lock = asyncio.Lock()
event = asyncio.Event()
queue = asyncio.Queue()

async def uncontended():
    async with lock:
        pass
    event.set()
    await event.wait()
    event.clear()
    await queue.put(1)
    return await queue.get()

async def contended():
    waiter = asyncio.create_task(event.wait())
    await asyncio.sleep(0)
    event.set()
    await waiter
    event.clear()
    return 'waited'

for run in range(2):
    print('run', run, 'uncontended:', asyncio.run(uncontended()))
print(asyncio.run(contended()))
try:
    print(asyncio.run(contended()))
except RuntimeError as e:
    print('RuntimeError:', str(e).split('> ')[-1])
