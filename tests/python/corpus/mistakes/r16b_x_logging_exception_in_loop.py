# logging.exception in a loop that keeps going after each bad item
import logging

logging.basicConfig(level=logging.INFO, format="%(levelname)s:%(message)s")
for raw in ["1", "x", "3"]:
    try:
        n = int(raw)
        logging.info("parsed %d", n)
    except ValueError:
        logging.exception("could not parse %r", raw)
