# gather raises the first error, but the other workers keep going in the background
import asyncio

async def worker(label, delay, fail=False):
    await asyncio.sleep(delay)
    if fail:
        raise RuntimeError(f'{label} failed')
    print(f'{label} finished')
    return label

async def main():
    try:
        await asyncio.gather(worker('A', 0.3), worker('B', 0.1, fail=True), worker('C', 0.2))
    except RuntimeError as e:
        print('caught:', e)
    print('waiting a bit...')
    await asyncio.sleep(0.3)
    print('main done')

asyncio.run(main())
