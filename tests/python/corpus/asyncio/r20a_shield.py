# shield under wait_for: the outer await times out but the shielded task keeps going.
import asyncio


async def important():
    await asyncio.sleep(0.2)
    print('important work finished')
    return 'saved'


async def main():
    task = asyncio.create_task(important())
    try:
        await asyncio.wait_for(asyncio.shield(task), timeout=0.1)
    except asyncio.TimeoutError:
        print('timed out waiting, task cancelled?', task.cancelled())
    print('result:', await task)


asyncio.run(main())
