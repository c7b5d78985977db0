# Factorials logged at DEBUG with module, function and line: asyncio's own debug line among them
import asyncio
import logging

logging.basicConfig(level=logging.DEBUG,
                    format='%(levelname)-7s %(module)s.%(funcName)s:%(lineno)d %(message)s')
log = logging.getLogger('factorial')

async def factorial(n):
    log.debug('start %d', n)
    f = 1
    for i in range(2, n + 1):
        await asyncio.sleep(0.1)
        f *= i
    log.info('%d! = %d', n, f)
    return f

async def calculate_factorials(numbers):
    results = await asyncio.gather(*[factorial(n) for n in numbers])
    log.warning('results %s', results)

def main():
    print('Main - Starting')
    asyncio.run(calculate_factorials([5, 7, 3, 6]))
    print('Main - Done')

if __name__ == '__main__':
    main()
