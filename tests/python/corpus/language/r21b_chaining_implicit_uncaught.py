# tutorial 8.5: implicit chaining shown in the traceback (no files)
def connect(settings):
    return settings['host']
try:
    connect({'port': 1})
except KeyError as exc:
    raise RuntimeError("unable to handle error")
