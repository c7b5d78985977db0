# set_event_loop(None) then get_event_loop(): no current loop; inside a coroutine it returns the running one
import asyncio

loop = asyncio.new_event_loop()
asyncio.set_event_loop(loop)
print(asyncio.get_event_loop() is loop)


async def check():
    return asyncio.get_event_loop() is loop, asyncio.get_running_loop() is loop


print(loop.run_until_complete(check()))
loop.close()
asyncio.set_event_loop(None)
try:
    asyncio.get_running_loop()
except RuntimeError as e:
    print("RuntimeError:", e)
asyncio.get_event_loop()
