import asyncio

async def greet(name):
    await asyncio.sleep(0.01)
    return f"hi {name}"

loop = asyncio.new_event_loop()
asyncio.set_event_loop(loop)
same = asyncio.get_event_loop()
print("same loop:", same is loop)
result = loop.run_until_complete(greet("old style"))
print(result)
tasks = [loop.create_task(greet(n)) for n in ("a", "b")]
print(loop.run_until_complete(asyncio.gather(*tasks)))
loop.close()
asyncio.set_event_loop(None)
