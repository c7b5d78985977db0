# get_event_loop() after asyncio.run() has finished, after set_event_loop(), and inside a coroutine.
import asyncio

async def main():
    return asyncio.get_event_loop() is asyncio.get_running_loop()

print('inside:', asyncio.run(main()))
try:
    asyncio.get_event_loop()
except RuntimeError as e:
    print('RuntimeError:', e)
loop = asyncio.new_event_loop()
asyncio.set_event_loop(loop)
print('after set:', asyncio.get_event_loop() is loop)
print(loop.run_until_complete(main()))
loop.close()
print('closed but still current:', asyncio.get_event_loop() is loop)
asyncio.set_event_loop(None)
try:
    asyncio.get_event_loop()
except RuntimeError as e:
    print('RuntimeError:', e)
