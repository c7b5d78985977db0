# A logger's %d given a str, and a format with one argument missing
import logging
logging.basicConfig(level=logging.DEBUG, format="%(levelname)s %(name)s %(message)s")
log = logging.getLogger("app")
def work(n):
    log.debug("working on %d", "n")
    return n
work(3)
log.warning("count %s and %s", 1)
