# wait_for cancels the task it waited on when it times out, and waits for it to finish cancelling
import asyncio

def tenths(t):
    return int(t * 10 + 0.01) / 10  # elapsed time rounded down to a tenth

async def slow_cleanup():
    try:
        await asyncio.sleep(5)
    except asyncio.CancelledError:
        print('cleanup begins')
        await asyncio.sleep(0.2)
        print('cleanup ends')
        raise

async def main():
    loop = asyncio.get_running_loop()
    t0 = loop.time()
    task = asyncio.create_task(slow_cleanup())
    try:
        await asyncio.wait_for(task, 0.1)
    except TimeoutError:
        print('timeout after', tenths(loop.time() - t0))
    print('task cancelled:', task.cancelled())

asyncio.run(main())
