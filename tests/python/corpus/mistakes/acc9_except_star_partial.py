# except* handling one kind and leaving the other.
try:
    raise ExceptionGroup("batch", [ValueError(1), TypeError(2), ValueError(3)])
except* ValueError as eg:
    print("handled", len(eg.exceptions), "ValueErrors")
