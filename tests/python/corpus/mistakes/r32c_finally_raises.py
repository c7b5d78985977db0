# A cleanup step in finally raises while another error is propagating.
def process(items):
    handle = None
    try:
        for i in items:
            print(10 // i)
    finally:
        handle.close()

process([5, 2, 0, 1])
