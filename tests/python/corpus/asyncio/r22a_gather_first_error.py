# Without return_exceptions, gather raises the first error; others keep running.
import asyncio

finished = []

async def job(name, delay, fail=False):
    await asyncio.sleep(delay)
    if fail:
        raise RuntimeError(name)
    finished.append(name)
    return name

async def main():
    tasks = [asyncio.create_task(job('a', 0.01)),
             asyncio.create_task(job('b', 0.02, fail=True)),
             asyncio.create_task(job('c', 0.1))]
    try:
        await asyncio.gather(*tasks)
    except RuntimeError as e:
        print('gather raised', e, 'finished so far', finished)
    print('c still running:', not tasks[2].done())
    await tasks[2]
    print('finished:', finished)

asyncio.run(main())
