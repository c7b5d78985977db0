# coloured status words with ANSI codes, green for ok and red for failed
import asyncio

GREEN, RED, RESET = '\033[32m', '\033[31m', '\033[0m'

async def worker(n):
    await asyncio.sleep(0.01 * n)
    if n == 3:
        raise ValueError('three is bad')
    return n

async def main():
    results = await asyncio.gather(*(worker(n) for n in range(1, 5)), return_exceptions=True)
    for n, r in enumerate(results, 1):
        status = f'{RED}FAILED{RESET} ({r})' if isinstance(r, Exception) else f'{GREEN}ok{RESET}'
        print(f'worker {n}: {status}')
    print(repr(f'{GREEN}x{RESET}'))

asyncio.run(main())
