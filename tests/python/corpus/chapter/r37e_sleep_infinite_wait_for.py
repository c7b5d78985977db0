# asyncio.sleep(float('inf')) as "wait forever", rescued by wait_for
import asyncio
import math

async def main():
    try:
        await asyncio.wait_for(asyncio.sleep(math.inf), 0.05)
    except asyncio.TimeoutError:
        print('infinite sleep timed out')
    task = asyncio.create_task(asyncio.sleep(1e9, result='never'))
    await asyncio.sleep(0.01)
    task.cancel()
    print(await asyncio.gather(task, return_exceptions=True))

asyncio.run(main())
