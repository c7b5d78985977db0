# An error in finally replaces the original one.
def process():
    try:
        return 1 / 0
    finally:
        cleanup = None
        cleanup.close()

process()
