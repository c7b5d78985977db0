# tutorial 8.5: implicit chaining during handling
try:
    open("database.sqlite")
except OSError:
    raise RuntimeError("unable to handle error")
