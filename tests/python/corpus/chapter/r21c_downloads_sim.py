# Downloads simulation: chunks with progress per file and a summary table.
import asyncio

async def download(name, chunks, delay, log):
    got = 0
    for i in range(chunks):
        await asyncio.sleep(delay)
        got += 1
        log.append(f'{name}:{got}/{chunks}')
    return name, chunks * 256

async def main():
    log = []
    specs = [('movie.mp4', 3, 0.2), ('song.mp3', 2, 0.15), ('pic.png', 1, 0.1)]
    results = await asyncio.gather(*(download(n, c, d, log) for n, c, d in specs))
    print(' '.join(log))
    print(f"{'file':<10}{'KiB':>6}")
    for name, kib in results:
        print(f'{name:<10}{kib:>6}')
    print(f"{'total':<10}{sum(k for _, k in results):>6}")

asyncio.run(main())
