import asyncio

async def main():
    lock = asyncio.Lock()
    try:
        async with lock:
            print('locked inside:', lock.locked())
            raise KeyError('boom')
    except KeyError as e:
        print('KeyError', e, 'locked after:', lock.locked())
    print(await lock.acquire())
    lock.release()
    try:
        with lock:
            pass
    except (TypeError, AttributeError) as e:
        print(type(e).__name__, e)

asyncio.run(main())
