# PYTHONASYNCIODEBUG set in os.environ before the loop is made turns on debug mode.
import asyncio
import os

os.environ['PYTHONASYNCIODEBUG'] = '1'


async def main():
    print('debug:', asyncio.get_running_loop().get_debug())


asyncio.run(main())
del os.environ['PYTHONASYNCIODEBUG']
asyncio.run(main())
