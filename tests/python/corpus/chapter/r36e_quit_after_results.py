# ended my script with quit() after printing the results like in the REPL
import asyncio

async def worker(n):
    await asyncio.sleep(0.05)
    return n + 1

async def do_something():
    results = await asyncio.gather(*(worker(n) for n in range(4)))
    print('results:', results)
    if sum(results) > 5:
        print('big enough, quitting')
        quit()
    print('not printed')

asyncio.run(do_something())
print('Main - Done')
