# asyncio.wait with timeout: some finish, the rest keep running afterwards
import asyncio

async def worker(label, delay):
    await asyncio.sleep(delay)
    print('finished', label)
    return label

async def main():
    tasks = [asyncio.create_task(worker(l, d)) for l, d in
             (('quick', 0.05), ('slow', 0.3), ('medium', 0.15))]
    done, pending = await asyncio.wait(tasks, timeout=0.1)
    print('after timeout:', len(done), 'done', len(pending), 'pending')
    print('results so far:', [t.result() for t in tasks if t in done])
    rest = await asyncio.gather(*pending)
    print('rest in some order, sorted:', sorted(rest))

asyncio.run(main())
