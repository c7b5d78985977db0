import asyncio

async def save(label):
    print(f'save {label} - started')
    await asyncio.sleep(0.1)
    print(f'save {label} - finished')
    return label

async def do_something():
    task = asyncio.create_task(save('report'))
    try:
        await asyncio.wait_for(asyncio.shield(task), timeout=0.03)
    except TimeoutError:
        print('do_something - timed out, but the save carries on')
    print('do_something - result:', await task)

asyncio.run(do_something())
