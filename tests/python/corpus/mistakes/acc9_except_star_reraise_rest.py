# except* handles ValueErrors; the TypeError escapes in a new group.
def run():
    raise ExceptionGroup("batch failed", [ValueError("a"), TypeError("b"), ValueError("c")])

try:
    run()
except* ValueError as eg:
    print("handled:", [str(e) for e in eg.exceptions])
