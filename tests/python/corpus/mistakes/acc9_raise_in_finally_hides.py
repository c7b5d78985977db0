# A finally that raises hides the first exception.
def work():
    try:
        1 / 0
    finally:
        raise RuntimeError("cleanup failed")

work()
