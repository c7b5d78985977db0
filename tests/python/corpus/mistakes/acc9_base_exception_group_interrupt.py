# A BaseExceptionGroup holding a KeyboardInterrupt-like SystemExit.
try:
    raise BaseExceptionGroup("stop", [SystemExit(2), ValueError("x")])
except* ValueError:
    print("value error handled")
