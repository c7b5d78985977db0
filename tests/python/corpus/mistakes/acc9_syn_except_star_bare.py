# except* without an exception type.
try:
    raise ExceptionGroup("g", [ValueError(1)])
except*:
    print("caught")
