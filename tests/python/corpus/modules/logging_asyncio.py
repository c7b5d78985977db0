# A learner's asyncio program that logs its tasks' progress: a named
# logger per worker, records with the task's function and line, a
# LoggerAdapter adding a field, and a failed task logged with exception()
import asyncio
import logging

logging.basicConfig(level=logging.INFO, format='%(levelname)s %(name)s [%(funcName)s:%(lineno)d] %(message)s')
log = logging.getLogger('jobs')


async def worker(n):
    wlog = logging.LoggerAdapter(logging.getLogger(f'jobs.w{n}'), {'worker': n})
    wlog.info('starting, %d steps', n)
    for step in range(n):
        await asyncio.sleep(0.1 * n)
        wlog.debug('step %d', step)
    if n == 3:
        raise ValueError(f'worker {n} failed')
    wlog.info('done')
    return n * 10


async def main():
    log.info('launching %s workers', 3)
    results = await asyncio.gather(*(worker(n) for n in (1, 2, 3)), return_exceptions=True)
    for r in results:
        if isinstance(r, Exception):
            try:
                raise r
            except ValueError:
                log.exception('a worker failed')
        else:
            log.info('result %r', r)
    logging.getLogger('jobs.w2').setLevel(logging.ERROR)
    logging.getLogger('jobs.w2').warning('filtered out')
    log.warning('%s of %s ok', sum(not isinstance(r, Exception) for r in results), len(results))
    log.critical('threadName=%s', logging.makeLogRecord({}).threadName)
    print(logging.getLogger('jobs.w1').getEffectiveLevel(), logging.getLogger('jobs').handlers, logging.getLogger().handlers)


asyncio.run(main())
