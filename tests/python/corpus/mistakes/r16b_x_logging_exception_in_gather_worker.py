# logging.exception inside gathered workers, each catching its own error
import asyncio
import logging

logging.basicConfig(level=logging.INFO, format="%(levelname)s %(funcName)s: %(message)s")

async def parse(text):
    await asyncio.sleep(0.01 * len(text))
    try:
        return float(text)
    except ValueError:
        logging.exception("cannot parse %r", text)
        return None

async def main():
    print(await asyncio.gather(parse("1.5"), parse("2,5"), parse("x")))

asyncio.run(main())
