# A return in finally swallowing an exception, then a bare raise outside.
def risky():
    try:
        1 / 0
    finally:
        return "swallowed"

print(risky())
raise
