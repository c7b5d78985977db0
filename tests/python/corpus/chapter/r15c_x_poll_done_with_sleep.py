# polling task.done() with a short sleep between checks (not sleep(0))
import asyncio

async def worker():
    print('worker - will take some time')
    await asyncio.sleep(0.75)
    print('worker - Done it')
    return 42

async def do_something():
    task = asyncio.create_task(worker())
    checks = 0
    while not task.done():
        checks += 1
        print(f'do_something - check {checks}: not done yet')
        await asyncio.sleep(0.3)
    print('do_something - result:', task.result(), 'after', checks, 'checks')

asyncio.run(do_something())
