# Mixing except and except* on one try.
try:
    raise ExceptionGroup("g", [ValueError(1)])
except* ValueError:
    print("value")
except TypeError:
    print("type")
