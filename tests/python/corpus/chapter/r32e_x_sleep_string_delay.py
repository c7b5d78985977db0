# passed the delay as a string read from a config
import asyncio

config = {'delay': '0.01'}

async def worker():
    print('worker - will take some time')
    await asyncio.sleep(config['delay'])
    return 42

asyncio.run(worker())
