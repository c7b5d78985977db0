import asyncio
import time

async def main():
    loop = asyncio.get_running_loop()
    print('debug:', loop.get_debug())
    loop.slow_callback_duration = 10
    asyncio.create_task(asyncio.sleep(0))
    await asyncio.sleep(0.01)
    print('ok')

asyncio.run(main(), debug=True)
