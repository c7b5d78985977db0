# collecting worker errors into a list and re-raising the first one at the end
import asyncio

errors = []

async def worker(i):
    await asyncio.sleep(0.01 * i)
    try:
        return 10 // (i - 2)
    except ZeroDivisionError as e:
        errors.append(e)
        return None

async def main():
    results = await asyncio.gather(*(worker(i) for i in range(4)))
    print('results:', results)
    print('errors:', [str(e) for e in errors])
    if errors:
        raise RuntimeError('some workers failed') from errors[0]

asyncio.run(main())
