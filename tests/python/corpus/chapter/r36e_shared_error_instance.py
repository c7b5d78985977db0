# every failing worker raises the same module-level error object; then I print its traceback
import asyncio
import traceback

NOT_READY = RuntimeError('service not ready')

async def worker(n):
    await asyncio.sleep(0.01 * n)
    if n > 1:
        raise NOT_READY
    return n

async def main():
    results = await asyncio.gather(*(worker(n) for n in range(4)), return_exceptions=True)
    print([r if isinstance(r, int) else 'ERR' for r in results])
    print('all the same object?', results[2] is results[3] is NOT_READY)
    lines = traceback.format_tb(NOT_READY.__traceback__)
    print('traceback entries:', len(lines))
    for line in lines:
        print(line.splitlines()[0].split(', ', 1)[1])

asyncio.run(main())
