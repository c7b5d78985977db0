# An exception raised in a to_thread() call comes out of the await, with the thread's frames in its traceback.
import asyncio
import time

def parse(text):
    time.sleep(0.1)
    return int(text)

def load(texts):
    return [parse(t) for t in texts]

async def main():
    try:
        await asyncio.to_thread(load, ['1', 'x'])
    except ValueError as e:
        print('caught:', e)
    print(await asyncio.to_thread(load, ['1', '2']))
    await asyncio.to_thread(load, ['3', 'four'])
    print('not reached')

asyncio.run(main())
