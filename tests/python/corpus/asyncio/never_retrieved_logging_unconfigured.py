# a program that imports logging but configures nothing: "Task exception was never retrieved" through logging's last resort, as CPython prints it; then a handler of the program's own on the 'asyncio' logger
import asyncio
import logging

async def fail(n):
    await asyncio.sleep(0.1 * n)
    raise ValueError(f'failure {n}')

async def main():
    asyncio.create_task(fail(1))
    await asyncio.sleep(0.2)
    print('first reported')
    handler = logging.StreamHandler()
    handler.setFormatter(logging.Formatter('[%(name)s] %(message)s'))
    logging.getLogger('asyncio').addHandler(handler)
    asyncio.create_task(fail(1))
    await asyncio.sleep(0.2)
    print('second reported')

asyncio.run(main())
