# asyncio.wait version where my worker forgot to await its helper; I only count the results
import asyncio

async def helper(label):
    await asyncio.sleep(0.01)
    return label

async def worker(label):
    await asyncio.sleep(0.05)
    return helper(label)

async def do_something():
    tasks = [asyncio.create_task(worker(l)) for l in 'AB']
    done, _ = await asyncio.wait(tasks)
    print('finished tasks:', len(done))
    print('do_something - finished')

print('Main - Starting')
asyncio.run(do_something())
print('Main - Done')
