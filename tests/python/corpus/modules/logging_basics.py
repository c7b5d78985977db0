# logging as programs meet it first: the root logger's WARNING default, a
# module function configuring it, loggers in a hierarchy, levels, exception()
# with its traceback, the last-resort handler before any configuration
import logging
logging.info('not shown')
logging.warning('careful %s', 'now')
log = logging.getLogger('app.worker')
log.error('failed: %d items', 3)
print(log, logging.getLogger(), log.parent, log.getEffectiveLevel(), log.isEnabledFor(logging.INFO))
logging.getLogger('app').setLevel(logging.DEBUG)
log.debug('debugging %(x)s', {'x': 1})
print(log.getEffectiveLevel(), logging.getLevelName(10), logging.getLevelName('INFO'), logging.getLevelName(15))
try:
    1 / 0
except ZeroDivisionError:
    log.exception('boom')
