# Student logs progress with logging; harness captures the records in a StringIO handler.
import asyncio, io, logging

log = logging.getLogger('student')

async def factorial(n):
    result = 1
    for i in range(1, n + 1):
        await asyncio.sleep(0.01)
        result *= i
        log.debug('step %d of %d: %d', i, n, result)
    log.info('%d! = %d', n, result)
    if n > 5:
        log.warning('large input %s', n)
    return result

stream = io.StringIO()
handler = logging.StreamHandler(stream)
handler.setFormatter(logging.Formatter('%(levelname)-8s %(name)s: %(message)s'))
log.addHandler(handler)
log.setLevel(logging.INFO)

async def main():
    return await asyncio.gather(factorial(3), factorial(6))

print(asyncio.run(main()))
print(stream.getvalue(), end='')
log.setLevel(logging.DEBUG)
stream.seek(0); stream.truncate()
asyncio.run(factorial(2))
print(stream.getvalue().splitlines())
logging.getLogger('student').propagate = False
log.error('final %s', 'error')
print(stream.getvalue().splitlines()[-1])
