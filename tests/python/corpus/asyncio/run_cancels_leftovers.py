# When main returns, asyncio.run cancels the tasks still running, and waits for them to finish.
import asyncio
# (asyncio.run cancels the leftover tasks in the order of a set of tasks, CPython's by address: printed sorted.)

log = []

async def background(name):
    try:
        print(name, 'starts')
        await asyncio.sleep(10)
    except asyncio.CancelledError:
        log.append(f'{name} cancelled at shutdown')
        await asyncio.sleep(0.05)
        log.append(f'{name} cleaned up')
        raise

async def main():
    asyncio.create_task(background('logger'))
    asyncio.create_task(background('poller'))
    await asyncio.sleep(0.1)
    print('main returns with tasks still running')
    return 'main result'

print(asyncio.run(main()))
print(*sorted(log), sep='\n')
print('after asyncio.run')
