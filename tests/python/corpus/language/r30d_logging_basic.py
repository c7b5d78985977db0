# logging: basicConfig with a format to stdout, levels, named loggers and an exception log
import logging
import sys

logging.basicConfig(level=logging.INFO, format="%(levelname)-8s %(name)s: %(message)s")
log = logging.getLogger("shop")
log.debug("hidden")
log.info("opened with %d items", 3)
log.warning("stock low for %s", "pears")
child = logging.getLogger("shop.cart")
child.error("cart %r is empty", "c1")
print(child.parent.name, child.getEffectiveLevel(), logging.getLevelName(30), log.isEnabledFor(10))
try:
    1 / 0
except ZeroDivisionError:
    log.exception("failed to compute")
log.setLevel(logging.ERROR)
log.warning("now hidden")
log.critical("critical %s", {"x": 1})
logging.getLogger().handlers[0].setFormatter(logging.Formatter("[%(levelname)s] %(message)s"))
log.error("reformatted")
logging.warning("root warning with %s", "args", "extra")
