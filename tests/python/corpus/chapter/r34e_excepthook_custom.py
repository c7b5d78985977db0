# a friendlier error printer with sys.excepthook for the failing gather
import asyncio
import sys

def friendly(exc_type, exc, tb):
    print(f'Oops! {exc_type.__name__}: {exc}')
    while tb.tb_next:
        tb = tb.tb_next
    print('last frame:', tb.tb_frame.f_code.co_name, 'line', tb.tb_lineno)

sys.excepthook = friendly

async def worker(n):
    await asyncio.sleep(0.01)
    return 10 // n

async def main():
    print(await asyncio.gather(worker(2), worker(0)))

asyncio.run(main())
