# my worker made a coroutine, then failed a check before awaiting it; the caller catches the error
import asyncio

async def fetch(n):
    await asyncio.sleep(0.01)
    return n

async def worker(n):
    pending = fetch(n)
    if n < 0:
        raise ValueError(f'bad n {n}')
    return await pending

async def main():
    print(await worker(1))
    try:
        print(await worker(-1))
    except ValueError as e:
        print('caught:', e)
        print('carrying on')
    print('main done')

asyncio.run(main())
