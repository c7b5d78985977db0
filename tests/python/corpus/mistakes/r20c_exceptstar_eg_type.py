# except* ExceptionGroup is a runtime TypeError
print("start")
try:
    raise ExceptionGroup("g", [ValueError()])
except* ExceptionGroup:
    pass
