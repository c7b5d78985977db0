import asyncio

counter = 0


async def bump():
    global counter
    counter += 1
    await asyncio.sleep(0)
    return asyncio.get_running_loop()


loop1 = asyncio.run(bump())
loop2 = asyncio.run(bump())
print(counter, loop1 is loop2, loop1.is_closed(), loop2.is_closed())
try:
    loop1.run_until_complete(bump())
except RuntimeError as e:
    print("RuntimeError:", e)
