# logging.basicConfig with a level and a format, to stdout
import logging, sys
logging.basicConfig(level=logging.DEBUG, format='%(levelname)s:%(name)s:%(message)s', stream=sys.stdout)
logging.debug('Debugging information')
logging.info('Informational message %r', {'k': 1})
log = logging.getLogger('tutorial.sub')
log.setLevel(logging.WARNING)
log.info('hidden')
log.error('shown %s', 42)
print(logging.getLevelName(logging.WARNING), logging.WARNING, log.getEffectiveLevel())
logging.log(25, 'custom level')
