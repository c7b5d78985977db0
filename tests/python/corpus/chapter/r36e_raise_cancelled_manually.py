# worker B gives up by raising CancelledError itself; gather's caller sees what?
import asyncio

async def worker(label, give_up=False):
    print('Worker', label, '- will take some time')
    await asyncio.sleep(0.05)
    if give_up:
        raise asyncio.CancelledError(f'{label} gave up')
    print('Worker', label, '- Done it')
    return label

async def do_something():
    task = asyncio.create_task(worker('B', give_up=True))
    try:
        print(await asyncio.gather(worker('A'), task, worker('C')))
    except asyncio.CancelledError as e:
        print('do_something - gather raised CancelledError', e.args)
    print('task B cancelled()?', task.cancelled())
    await asyncio.sleep(0.1)

asyncio.run(do_something())
print('Main - Done')
