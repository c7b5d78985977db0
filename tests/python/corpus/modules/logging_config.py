# logging.basicConfig's format (funcName, lineno, filename, module), {-style
# with force=True, a handler of one's own with its level, propagate, and
# CPython's '--- Logging error ---' report for a bad %-format
import logging
other = logging.getLogger('other')
other.warning('before config: last resort')
other.info('info dropped')
logging.basicConfig(level=logging.DEBUG, format='%(levelname)-8s %(name)s %(funcName)s:%(lineno)d %(filename)s %(module)s %(message)s')
def work():
    logging.debug('in work')
    other.info('other %s', 'info')
work()
logging.basicConfig(format='%(message)s')
logging.info('still old format')
logging.basicConfig(format='{levelname}|{message}', style='{', force=True)
logging.error('new format')
h = logging.StreamHandler()
h.setFormatter(logging.Formatter('[%(name)s] %(message)s'))
h.setLevel(logging.WARNING)
lg = logging.getLogger('x')
lg.addHandler(h)
lg.propagate = False
lg.warning('to handler only')
lg.info('dropped by handler level')
logging.warning('x = %d', 'str')
print('end')
