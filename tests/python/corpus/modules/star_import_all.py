# from m import *: the names of m.__all__, or its public names
from asyncio import *
from math import *
from textwrap import *

print(sorted(n for n in dir() if n[0].isupper())[:8])
print('run' in dir(), 'Task' in dir(), 'tasks' in dir(), 'events' in dir())
print(sqrt(16), floor(2.5), 'pi' in dir(), '_log' in dir())
print(shorten('the quick brown fox jumps', width=15), 'TextWrapper' in dir(), 're' in dir())

async def main():
    async with timeout(1):
        await sleep(0.01)
    results = await gather(*(wait_for(sleep(0, i), 1) for i in range(3)))
    print(results, isinstance(current_task(), Task))

run(main())
