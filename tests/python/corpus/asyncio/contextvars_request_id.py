# A request id in a ContextVar, added to every log record by a logging
# filter: each request handled concurrently logs its own id
import asyncio
import contextvars
import logging
import sys

request_id = contextvars.ContextVar('request_id', default='-')


class RequestIdFilter(logging.Filter):
    def filter(self, record):
        record.request_id = request_id.get()
        return True


handler = logging.StreamHandler(sys.stdout)
handler.setFormatter(logging.Formatter('%(levelname)-5s [%(request_id)s] %(name)s: %(message)s'))
handler.addFilter(RequestIdFilter())
log = logging.getLogger('app')
log.addHandler(handler)
log.setLevel(logging.DEBUG)


async def query_db(sql, delay):
    log.debug('querying %r', sql)
    await asyncio.sleep(delay)
    return len(sql)


async def handle(n, delay):
    token = request_id.set(f'req-{n}')
    try:
        log.info('started')
        rows = await query_db(f'select * from t{n}', delay)
        if n == 3:
            raise ValueError(f'bad request {n}')
        log.info('finished with %d rows', rows)
        return rows
    except ValueError as e:
        log.error('failed: %s', e)
        return None
    finally:
        request_id.reset(token)
        log.debug('id reset to %s', request_id.get())


async def main():
    log.info('server up')
    results = await asyncio.gather(*(handle(n, d) for n, d in [(1, 0.3), (2, 0.1), (3, 0.2)]))
    log.info('results %s', results)
    async with asyncio.TaskGroup() as tg:
        for n in (4, 5):
            tg.create_task(handle(n, 0.1 * n))
    log.info('all done')


asyncio.run(main())
