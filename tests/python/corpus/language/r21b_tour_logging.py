# tutorial 11.5: logging to stderr with the default and a basicConfig format
import logging
logging.debug('Debugging information')
logging.info('Informational message')
logging.warning('Warning:config file %s not found', 'server.conf')
logging.error('Error occurred')
logging.critical('Critical error -- shutting down')
print('after default logging')
log = logging.getLogger('app')
log.warning('from %s logger', log.name)
try:
    1 / 0
except ZeroDivisionError:
    logging.exception('division failed')
logging.warning('%d%% done', 50)
