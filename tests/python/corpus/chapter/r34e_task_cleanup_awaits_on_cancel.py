# on cancellation at the end of asyncio.run my worker still awaits some cleanup
import asyncio

async def worker(label):
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError:
        print(label, 'cleaning up')
        await asyncio.sleep(0.01)
        print(label, 'cleaned up')
        return 'ignored value'

async def main():
    for l in 'A':
        asyncio.create_task(worker(l))
    await asyncio.sleep(0.01)
    print('main returns')
    return 'main value'

print(asyncio.run(main()))
