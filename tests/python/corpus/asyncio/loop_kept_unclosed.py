# A loop never closed, held by a global: at exit each pending task is logged, then their coroutines close.
import asyncio

async def worker(i, delay):
    try:
        while True:
            await asyncio.sleep(delay)
            print('worker', i)
    except GeneratorExit:
        print('worker', i, 'GeneratorExit')
        raise

async def main():
    ws = [asyncio.create_task(worker(i, d)) for i, d in ((1, 0.2), (2, 0.5))]
    await asyncio.sleep(0.7)
    return ws

loop = asyncio.new_event_loop()
ws = loop.run_until_complete(main())
print([w.done() for w in ws])
loop.run_until_complete(asyncio.sleep(0.2))
print('end')
