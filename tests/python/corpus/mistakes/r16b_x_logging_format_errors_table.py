# logging.Formatter's checks of a format, style by style, as a learner gets them wrong
import logging

cases = [
    ("%(levelname)s %(message)s", "%"), ("%(message)", "%"), ("message", "%"), ("%(msg)5.2f", "%"),
    ("{message}", "{"), ("{message!x}", "{"), ("{message:>>>10}", "{"), ("{message-1}", "{"),
    ("no fields", "{"), ("{0}", "{"), ("${message}", "$"), ("$message costs $", "$"), ("$$", "$"),
    ("$message", "%"), ("%(message)s", "$"), ("{message}", "#"),
]
for fmt, style in cases:
    try:
        logging.Formatter(fmt, style=style)
        print(f"{fmt!r:22} {style}  ok")
    except ValueError as e:
        print(f"{fmt!r:22} {style}  ValueError: {e}")
f = logging.Formatter("[%(app)s] %(message)s", defaults={"app": "shop"})
h = logging.StreamHandler()
h.setFormatter(f)
log = logging.getLogger("x")
log.addHandler(h)
log.warning("defaults fill a missing field")
logging.Formatter("%(message)s", validate=False)
logging.Formatter("{message}", validate=False)
print("validate=False skips the check")
logging.Formatter("{message}")
