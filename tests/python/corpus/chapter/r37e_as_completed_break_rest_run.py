# broke out of as_completed after the first result; the others still print later
import asyncio

async def worker(label, delay):
    await asyncio.sleep(delay)
    print(f'  ({label} finished anyway)')
    return label

async def main():
    coros = [worker('slow', 0.3), worker('fast', 0.1), worker('mid', 0.2)]
    for fut in asyncio.as_completed(coros):
        print('winner:', await fut)
        break
    await asyncio.sleep(0.25)
    print('main exiting, tasks left:', len(asyncio.all_tasks()) - 1)

asyncio.run(main())
print('after asyncio.run')
