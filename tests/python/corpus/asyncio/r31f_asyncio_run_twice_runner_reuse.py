# Task names restart? Default names across two asyncio.run calls
import asyncio

async def name_of_new_task():
    t = asyncio.create_task(asyncio.sleep(0))
    await t
    return asyncio.current_task().get_name(), t.get_name()

print(asyncio.run(name_of_new_task()))
print(asyncio.run(name_of_new_task()))
with asyncio.Runner() as r:
    print(r.run(name_of_new_task()))
