for attempt in range(3):
    try:
        raise ExceptionGroup("batch", [ValueError(attempt)])
    except* ValueError:
        print("retrying")
        continue
