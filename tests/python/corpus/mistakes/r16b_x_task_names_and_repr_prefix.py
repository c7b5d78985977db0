# Task names: the main task's, a named one, the start of a repr
import asyncio
async def main():
    print(asyncio.current_task().get_name())
    t = asyncio.create_task(asyncio.sleep(0), name="sleeper")
    print(t.get_name())
    print(repr(t)[:30])
asyncio.run(main())
