# The asyncio docs' "detect never-retrieved exceptions" with logging at
# DEBUG: the loop's selector first, then the task's error through logging.
import asyncio
import logging

logging.basicConfig(level=logging.DEBUG)


async def bug():
    raise Exception("not consumed")


async def main():
    asyncio.create_task(bug())


asyncio.run(main())
