# a logger taking extra fields, then a level parameter after **fields
def log(msg, **fields, level="info"):
    print(level, msg, fields)

log("started", user="ann")
log("stopped", level="warn")
