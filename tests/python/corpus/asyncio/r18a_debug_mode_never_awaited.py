# asyncio.run(debug=True): never-awaited coroutines say where they were created
import asyncio

async def work():
    return 1

async def main():
    loop = asyncio.get_running_loop()
    print('debug:', loop.get_debug())
    work()
    print('after dropping work()')
    await asyncio.sleep(0)

asyncio.run(main(), debug=True)
print('done')
