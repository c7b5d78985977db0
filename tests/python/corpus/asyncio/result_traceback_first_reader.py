# A failed task's (or future's) traceback goes with its first reader only:
# a later await or result() raises the same exception with a traceback of
# its own frames (CPython's future_get_result clears the kept traceback);
# exception() and a gather's look at its children leave it.  The uncaught
# traceback at the end shows main's line and not worker's.
import asyncio

async def worker():
    await asyncio.sleep(0.1)
    raise ValueError('worker failed')

def lines(e):
    out, tb = [], e.__traceback__
    while tb is not None:
        out.append(tb.tb_lineno)
        tb = tb.tb_next
    return out

def boom():
    raise KeyError('k')

async def main():
    task = asyncio.create_task(worker())
    await asyncio.sleep(0.2)
    print('exception() before any reader:', lines(task.exception()))
    print(await asyncio.gather(task, return_exceptions=True))
    for reader in ['await', 'result', 'await']:
        try:
            await task if reader == 'await' else task.result()
        except ValueError as e:
            print(reader, lines(e), e is task.exception())
    fut = asyncio.get_running_loop().create_future()
    try:
        boom()
    except KeyError as e:
        fut.set_exception(e)
    for _ in range(2):
        try:
            await fut
        except KeyError as e:
            print('future', lines(e))
    task.result()

asyncio.run(main())
