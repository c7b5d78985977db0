# as_completed: take the first result, then cancel the tasks still running
import asyncio

async def mirror(name, delay):
    try:
        await asyncio.sleep(delay)
        return name
    except asyncio.CancelledError:
        print(f'{name} cancelled')
        raise

async def main():
    tasks = [asyncio.create_task(mirror(n, d)) for n, d in [('eu', 0.3), ('us', 0.1), ('asia', 0.5)]]
    for fut in asyncio.as_completed(tasks):
        first = await fut
        print('fastest mirror:', first)
        break
    for t in tasks:
        if not t.done():
            t.cancel()
    results = await asyncio.gather(*tasks, return_exceptions=True)
    print([r if isinstance(r, str) else type(r).__name__ for r in results])

asyncio.run(main())
