# loop.stop() before run_until_complete(): the run ends after its first iteration, before main is done; main goes on in the next run.
import asyncio

async def main():
    print('main step 1')
    await asyncio.sleep(0)
    print('main step 2')
    return 'done'

loop = asyncio.new_event_loop()
loop.call_soon(print, 'callback before the run')
loop.stop()
coro = main()
try:
    print(loop.run_until_complete(coro))
except RuntimeError as e:
    print('RuntimeError:', e)
print(loop.run_until_complete(asyncio.sleep(0, 'next run')))
loop.close()
