# when the fast task finishes its callback cancels the slow one
import asyncio

async def worker(label, delay):
    print(label, 'started')
    await asyncio.sleep(delay)
    print(label, 'finished')
    return label

async def main():
    fast = asyncio.create_task(worker('fast', 0.05))
    slow = asyncio.create_task(worker('slow', 0.5))
    fast.add_done_callback(lambda t: print('cancel slow ->', slow.cancel()))
    slow.add_done_callback(lambda t: print('slow cancelled?', t.cancelled()))
    done, pending = await asyncio.wait([fast, slow])
    print(len(done), len(pending))
    print(fast.result())
    print(slow.result())

asyncio.run(main())
