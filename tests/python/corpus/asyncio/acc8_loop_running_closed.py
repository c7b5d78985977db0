# is_running() and is_closed() of the loop inside and after asyncio.run; get_running_loop() outside fails.
import asyncio

async def main():
    loop = asyncio.get_running_loop()
    print('inside: running', loop.is_running(), 'closed', loop.is_closed())
    return loop

loop = asyncio.run(main())
print('after: running', loop.is_running(), 'closed', loop.is_closed())
try:
    asyncio.get_running_loop()
except RuntimeError as e:
    print('RuntimeError:', e)
try:
    loop.run_until_complete(main())
except RuntimeError as e:
    print('RuntimeError:', e)
