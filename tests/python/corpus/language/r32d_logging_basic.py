# logging with basicConfig to stderr: levels, format, named loggers and exceptions
import logging

logging.basicConfig(level=logging.INFO, format="%(levelname)-8s %(name)s: %(message)s")
log = logging.getLogger("shop")
log.debug("hidden")
log.info("opened with %d items", 3)
log.warning("low stock: %s", {"apple": 1})
logging.getLogger("shop.cart").error("cart %r failed", "c-42")
print("stdout between")
try:
    1 / 0
except ZeroDivisionError:
    log.exception("math went wrong")
log.setLevel(logging.ERROR)
log.warning("now hidden")
print(log.level, log.getEffectiveLevel(), logging.getLevelName(30), log.parent.name)
logging.critical("the end")
