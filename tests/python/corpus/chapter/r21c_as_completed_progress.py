# as_completed with a progress bar drawn with end='' and flush=True.
import asyncio

async def download(name, d):
    await asyncio.sleep(d)
    return name

async def main():
    files = {'a.txt': 0.3, 'b.txt': 0.1, 'c.txt': 0.5, 'd.txt': 0.2}
    total = len(files)
    done = []
    for i, fut in enumerate(asyncio.as_completed([download(n, d) for n, d in files.items()]), 1):
        name = await fut
        done.append(name)
        bar = '#' * i + '.' * (total - i)
        print(f'\r[{bar}] {i}/{total} {name}', end='', flush=True)
    print()
    print('order:', ', '.join(done))

asyncio.run(main())
