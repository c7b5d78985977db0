# sys.exit in a task under loop.run_until_complete: caught around it, the loop runs again
import asyncio
import sys


async def ticker(name):
    for i in range(3):
        await asyncio.sleep(0.1)
        print(name, i)


async def quitter():
    await asyncio.sleep(0.15)
    print('quitter exits')
    sys.exit(2)


loop = asyncio.new_event_loop()
tasks = [loop.create_task(ticker('a')), loop.create_task(quitter())]
try:
    loop.run_until_complete(asyncio.gather(*tasks))
except SystemExit as e:
    print('caught SystemExit', e.code)
print([t.done() for t in tasks])
loop.run_until_complete(tasks[0])
print([t.done() for t in tasks])
loop.close()
