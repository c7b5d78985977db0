# sys.exit with a message from inside a gathered worker.
import asyncio
import sys

async def teller(n):
    await asyncio.sleep(0.1 * n)
    if n == 2:
        sys.exit(f'bank closed by teller {n}')
    print('teller', n, 'served')

async def main():
    try:
        await asyncio.gather(teller(1), teller(2), teller(3))
    finally:
        print('main finally')

asyncio.run(main())
print('never')
