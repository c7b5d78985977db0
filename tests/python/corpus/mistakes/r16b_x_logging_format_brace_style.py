# A logging format written with braces but without style='{': CPython's Formatter refuses it
import logging

logging.basicConfig(format="{levelname}: {message}", style="{")
logging.warning("braces with style='{' work")
logging.basicConfig(format="{levelname}: {message}", force=True)
logging.warning("never printed")
