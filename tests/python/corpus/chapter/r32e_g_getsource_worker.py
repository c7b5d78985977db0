# printing my own worker's source with inspect.getsource
import asyncio
import inspect

async def worker():
    print('worker - will take some time')
    await asyncio.sleep(0.01)
    return 42

print(inspect.getsource(worker))
print('lines:', len(inspect.getsourcelines(worker)[0]), 'starting at', inspect.getsourcelines(worker)[1])
print(asyncio.run(worker()))
