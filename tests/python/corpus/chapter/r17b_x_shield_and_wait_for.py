# shield keeps a worker running when wait_for times out around it
import asyncio

async def save(results):
    await asyncio.sleep(0.3)
    results.append('saved')
    return 'ok'

async def main():
    results = []
    task = asyncio.create_task(save(results))
    try:
        await asyncio.wait_for(asyncio.shield(task), timeout=0.1)
    except asyncio.TimeoutError:
        print('timed out, task cancelled?', task.cancelled(), 'done?', task.done())
    print('result after waiting:', await task, results)
    t2 = asyncio.create_task(save(results))
    try:
        await asyncio.wait_for(t2, timeout=0.1)
    except asyncio.TimeoutError:
        print('unshielded task cancelled?', t2.cancelled(), results)

asyncio.run(main())
