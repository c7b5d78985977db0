# The waited task returns a value while being cancelled: wait_for in 3.11 returns that value
import asyncio

async def ignores_cancel():
    try:
        await asyncio.sleep(5)
    except asyncio.CancelledError:
        return 'returned instead'

async def main():
    task = asyncio.create_task(ignores_cancel())
    try:
        r = await asyncio.wait_for(task, 0.1)
        print('got', r)
    except TimeoutError:
        print('TimeoutError')
    print('task result', task.result(), 'cancelled', task.cancelled())

asyncio.run(main())
