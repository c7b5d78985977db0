# A coroutine object's __name__, __qualname__, cr_code.co_name and cr_frame before and after it runs.
import asyncio

class Service:
    async def ping(self):
        await asyncio.sleep(0)
        return 'pong'

async def main():
    c = Service().ping()
    print(c.__name__, c.__qualname__, c.cr_code.co_name)
    print('frame before:', c.cr_frame is not None, 'running:', c.cr_running)
    print(await c)
    print('frame after:', c.cr_frame)

asyncio.run(main())
