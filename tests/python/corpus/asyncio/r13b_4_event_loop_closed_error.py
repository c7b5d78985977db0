import asyncio

async def tick():
    await asyncio.sleep(0)
    return "tick"

loop = asyncio.new_event_loop()
print(loop.run_until_complete(tick()))
loop.close()
loop.close()
print("closing twice is fine")
coro = tick()
try:
    loop.create_task(coro)
except RuntimeError as e:
    print("RuntimeError:", e)
coro.close()
try:
    loop.call_soon(print, "x")
except RuntimeError as e:
    print("RuntimeError:", e)
