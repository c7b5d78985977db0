# "Task exception was never retrieved" goes to the 'asyncio' logger: with logging.basicConfig's format it carries the level and the logger's name, as the program's own asyncio log line does
import asyncio
import logging

logging.basicConfig(format='%(levelname)s %(name)s: %(message)s')

async def fail():
    raise KeyError('lost')

async def main():
    asyncio.create_task(fail())
    await asyncio.sleep(0.1)
    logging.getLogger('asyncio').warning('custom asyncio log line')

asyncio.run(main())
