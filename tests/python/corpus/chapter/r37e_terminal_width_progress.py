# a progress bar sized to the terminal with shutil.get_terminal_size
import asyncio
import shutil
import sys

async def worker(n):
    await asyncio.sleep(0.02 * n)
    return n

async def main():
    width = shutil.get_terminal_size().columns - 20
    print('columns:', shutil.get_terminal_size(), 'tty?', sys.stdout.isatty())
    total = 4
    for i, fut in enumerate(asyncio.as_completed([worker(n) for n in range(1, total + 1)]), 1):
        await fut
        filled = width * i // total
        print('|' + '=' * filled + ' ' * (width - filled) + f'| {i}/{total}')

asyncio.run(main())
